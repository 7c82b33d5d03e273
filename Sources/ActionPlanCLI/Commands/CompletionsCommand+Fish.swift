extension CompletionsCommand {
    /// The fish script: one `complete` line per command and option, positional arguments by place.
    static func fish(_ specs: [CommandSpec]) -> String {
        func quoted(_ text: String) -> String {
            "'" + text.replacingCharacters(["'": "\\'", "\\": "\\\\"]) + "'"
        }
        var script = """
            # fish completion for actionplan; save as ~/.config/fish/completions/actionplan.fish
            function __actionplan_plans_dir
                set -l words (commandline -opc)
                set -l dir Plans
                set -q ACTIONPLAN_PLANS; and set dir $ACTIONPLAN_PLANS
                for i in (seq (count $words))
                    if test "$words[$i]" = --plans; and test $i -lt (count $words)
                        set dir $words[(math $i + 1)]
                    else if string match -q -- '--plans=*' $words[$i]
                        set dir (string replace -- '--plans=' '' $words[$i])
                    end
                end
                echo $dir
            end
            function __actionplan_plans
                for file in (__actionplan_plans_dir)/*.json
                    basename $file .json
                end
            end
            function __actionplan_actions
                set -l words (commandline -opc)
                actionplan list $words[3] --plans (__actionplan_plans_dir) --format csv 2>/dev/null | tail -n +2 | cut -d, -f2
            end
            function __actionplan_using --argument-names command
                set -l words (commandline -opc)
                test (count $words) -ge 2; and test "$words[2]" = $command
            end
            # Whether the word being completed is positional argument POSITION (0 first; "N+" for N or later)
            # of COMMAND, given the options of COMMAND that take a value.
            function __actionplan_at --argument-names command position
                __actionplan_using $command; or return 1
                set -l words (commandline -opc)
                set -l count 0
                set -l skip 0
                for word in $words[3..-1]
                    if test $skip -eq 1
                        set skip 0
                    else if contains -- $word $argv[3..-1]
                        set skip 1
                    else if not string match -q -- '-*' $word
                        set count (math $count + 1)
                    end
                end
                if string match -q -- '*+' $position
                    test $count -ge (string trim -r -c + -- $position)
                else
                    test $count -eq $position
                end
            end
            complete -c actionplan -f
            complete -c actionplan -n 'test (count (commandline -opc)) -eq 1' -l help -d 'show help'
            complete -c actionplan -n 'test (count (commandline -opc)) -eq 1' -l version -d 'show the version'

            """
        for spec in specs {
            script +=
                "complete -c actionplan -n 'test (count (commandline -opc)) -eq 1' -a \(spec.name) "
                + "-d \(quoted(spec.summary))\n"
        }
        for spec in specs {
            let using = "-n '__actionplan_using \(spec.name)'"
            for option in spec.allOptions {
                var line = "complete -c actionplan \(using) -l \(option.name.dropFirst(2))"
                if !option.isFlag {
                    if let choices = option.choices {
                        line += " -x -a \(quoted(choices.joined(separator: " ")))"
                    } else {
                        switch option.completion {
                        case .file: line += " -r -F"
                        case .directory: line += " -x -a '(__fish_complete_directories)'"
                        case .plan: line += " -x -a '(__actionplan_plans)'"
                        case .action: line += " -x -a '(__actionplan_actions)'"
                        case .none: line += " -x"
                        }
                    }
                }
                script += line + " -d \(quoted(option.help))\n"
            }
            let valueOptions = spec.allOptions.filter { !$0.isFlag }.map(\.name).joined(separator: " ")
            for (index, argument) in spec.arguments.enumerated() {
                let candidates: String
                switch argument.completion {
                case .plan: candidates = "-a '(__actionplan_plans)'"
                case .action: candidates = "-a '(__actionplan_actions)'"
                case .file: candidates = "-F"
                case .directory: candidates = "-a '(__fish_complete_directories)'"
                case .none:
                    // The shells and commands `completions` and `help` take are worth offering too.
                    switch spec.name {
                    case "completions":
                        candidates = "-a \(quoted(CompletionsCommand.shells.joined(separator: " ")))"
                    case "help": candidates = "-a \(quoted(specs.map(\.name).joined(separator: " ")))"
                    default: continue
                    }
                }
                let position = argument.count == .many ? "\(index)+" : "\(index)"
                script +=
                    "complete -c actionplan -n '__actionplan_at \(spec.name) \(position) \(valueOptions)' "
                    + "\(candidates) -d \(quoted(argument.help))\n"
            }
        }
        return script
    }
}
