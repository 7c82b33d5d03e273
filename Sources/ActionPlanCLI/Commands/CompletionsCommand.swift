import ActionPlanKit

/// `actionplan completions bash|zsh|fish`: a shell completion script generated from the command table.
enum CompletionsCommand: Command {
    /// The shells a script can be written for.
    static let shells = ["bash", "zsh", "fish"]

    static let spec = CommandSpec(
        name: "completions", summary: "print a shell completion script (bash, zsh or fish)",
        arguments: [ArgumentSpec(name: "SHELL", help: "bash, zsh or fish")],
        examples: [
            "source <(actionplan completions bash)",
            "actionplan completions zsh > _actionplan",
            "actionplan completions fish > actionplan.fish",
        ],
        discussion:
            "Load the bash script from ~/.bashrc; save the zsh script as _actionplan in a folder on $fpath, "
            + "and the fish script in ~/.config/fish/completions/. Plan names complete from --plans DIR when "
            + "it is given, else $ACTIONPLAN_PLANS, else ./Plans.")

    static func run(_ context: CommandContext) throws {
        let specs = CommandLineTool.commands.map { $0.spec }
        let shell = context.arguments.positionals[0]
        switch ParsedArguments.choiceKey(shell) {
        case "bash": context.print(bash(specs))
        case "zsh": context.print(zsh(specs))
        case "fish": context.print(fish(specs))
        default:
            throw UsageError(
                "'\(shell)' is not a supported shell; expected one of: \(shells.joined(separator: ", "))",
                hint: EditDistance.suggestion(for: shell, among: shells).map { "did you mean '\($0)'?" },
                command: spec.name)
        }
    }

    /// The words a value or argument completes to, as a shell snippet that sets `candidates`.
    private static func words(for completion: Completion) -> String? {
        switch completion {
        case .none: nil
        case .file: "compgen -f -- \"$cur\""
        case .directory: "compgen -d -- \"$cur\""
        case .plan: "_actionplan_plans"
        case .action: "_actionplan_actions"
        }
    }

    static func bash(_ specs: [CommandSpec]) -> String {
        var script = """
            # bash completion for actionplan; load with: source <(actionplan completions bash)
            _actionplan_plans_dir() {
                local dir="${ACTIONPLAN_PLANS:-Plans}" i
                for ((i = 1; i < COMP_CWORD; i++)); do
                    if [[ ${COMP_WORDS[i]} == --plans ]]; then
                        # bash splits --plans=DIR into three words: --plans, = and DIR.
                        if [[ ${COMP_WORDS[i+1]} == = ]]; then dir=${COMP_WORDS[i+2]}; else dir=${COMP_WORDS[i+1]}; fi
                    fi
                    [[ ${COMP_WORDS[i]} == --plans=* ]] && dir=${COMP_WORDS[i]#--plans=}
                done
                echo "$dir"
            }
            # Sets _actionplan_args to the positional words before the cursor; the arguments name the
            # command's options that take a value, whose values are not positional.
            _actionplan_positionals() {
                _actionplan_args=()
                local i skip=0 word
                for ((i = 2; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if ((skip)); then
                        skip=0
                        [[ $word == = ]] && skip=1
                        continue
                    fi
                    case " $* " in *" $word "*) skip=1; continue ;; esac
                    [[ $word == -* ]] || _actionplan_args+=("$word")
                done
            }
            _actionplan_plans() {
                local dir f
                dir=$(_actionplan_plans_dir)
                for f in "$dir"/*.json; do [[ -e $f ]] && f=${f##*/} && echo "${f%.json}"; done
            }
            _actionplan_actions() {
                local plan=${_actionplan_args[0]}
                actionplan list "$plan" --plans "$(_actionplan_plans_dir)" --format csv 2>/dev/null | tail -n +2 | cut -d, -f2
            }
            _actionplan() {
                local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
                local command=${COMP_WORDS[1]}
                COMPREPLY=()
                if ((COMP_CWORD == 1)); then
                    COMPREPLY=($(compgen -W "\(specs.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
                    return
                fi
                case "$command" in

            """
        for spec in specs {
            script += "        \(spec.name))\n            case \"$prev\" in\n"
            for option in spec.allOptions where !option.isFlag {
                let values =
                    option.choices.map { "compgen -W \"\($0.joined(separator: " "))\" -- \"$cur\"" } ?? words(
                        for: option.completion) ?? "true"
                script += "                \(option.name)) COMPREPLY=($(\(values))); return ;;\n"
            }
            script += "            esac\n"
            script += "            if [[ $cur == -* ]]; then\n"
            script +=
                "                COMPREPLY=($(compgen -W \"\(spec.allOptions.map(\.name).joined(separator: " "))\" -- \"$cur\"))\n"
            script += "                return\n            fi\n"
            let positional = spec.arguments.enumerated().map { index, argument in
                "                \(index)) COMPREPLY=($(\(words(for: argument.completion).map { $0.contains("compgen") ? $0 : "compgen -W \"$(\($0))\" -- \"$cur\"" } ?? "true"))) ;;"
            }
            if !positional.isEmpty {
                let valueOptions = spec.allOptions.filter { !$0.isFlag }.map(\.name).joined(separator: " ")
                script += "            _actionplan_positionals \(valueOptions)\n"
                script +=
                    "            case ${#_actionplan_args[@]} in\n" + positional.joined(separator: "\n")
                    + "\n"
                if spec.arguments.last?.count == .many, let last = spec.arguments.last,
                    let word = words(for: last.completion)
                {
                    script += "                *) COMPREPLY=($(compgen -W \"$(\(word))\" -- \"$cur\")) ;;\n"
                }
                script += "            esac\n"
            }
            script += "            ;;\n"
        }
        script += """
                esac
            }
            complete -F _actionplan actionplan
            """
        return script
    }

    static func zsh(_ specs: [CommandSpec]) -> String {
        func escape(_ text: String) -> String {
            text.replacingCharacters(["'": "'\\''", "[": "\\[", "]": "\\]", ":": "\\:"])
        }
        var script = """
            #compdef actionplan
            # zsh completion for actionplan; save as _actionplan somewhere on $fpath.
            _actionplan_plans_dir() {
                local dir=${ACTIONPLAN_PLANS:-Plans} i
                for (( i = 1; i < CURRENT; i++ )); do
                    [[ ${words[i]} == --plans ]] && dir=${words[i+1]}
                    [[ ${words[i]} == --plans=* ]] && dir=${words[i]#--plans=}
                done
                print -r -- $dir
            }
            _actionplan_plans() {
                local dir=$(_actionplan_plans_dir)
                local -a plans; plans=(${dir}/*.json(N:t:r))
                _describe 'plan' plans
            }
            # The plan is the command's first argument wherever options stand: _arguments puts the words
            # that are not options or their values in $line.
            _actionplan_actions() {
                local plan=${(Q)line[1]}
                [[ -n $plan ]] || return 1
                local -a ids; ids=(${(f)"$(actionplan list $plan --plans "$(_actionplan_plans_dir)" --format csv 2>/dev/null | tail -n +2 | cut -d, -f2)"})
                _describe 'action' ids
            }
            _actionplan() {
                local -a commands
                commands=(

            """
        for spec in specs { script += "        '\(spec.name):\(escape(spec.summary))'\n" }
        script +=
            "    )\n    if (( CURRENT == 2 )); then\n        _describe 'command' commands\n        return\n    fi\n"
        script += "    case ${words[2]} in\n"
        for spec in specs {
            var specLines: [String] = []
            for option in spec.allOptions {
                var action = ""
                if !option.isFlag {
                    if let choices = option.choices {
                        action = ":\(option.value!.lowercased()):(\(choices.joined(separator: " ")))"
                    } else {
                        switch option.completion {
                        case .file: action = ":file:_files"
                        case .directory: action = ":folder:_files -/"
                        default: action = ":\(option.value!.lowercased()):"
                        }
                    }
                }
                // "--as-of=" takes its value after an "=" or as the next word, as the scanner does.
                let name = option.isFlag ? option.name : option.name + "="
                specLines.append("'\(name)[\(escape(option.help))]\(action)'")
            }
            for (index, argument) in spec.arguments.enumerated() {
                let action =
                    switch argument.completion {
                    case .plan: "_actionplan_plans"
                    case .action: "_actionplan_actions"
                    case .file: "_files"
                    case .directory: "_files -/"
                    case .none: " "
                    }
                let position = argument.count == .many ? "*" : "\(index + 1)"
                specLines.append("'\(position):\(argument.name.lowercased()):\(action)'")
            }
            // The command's own name goes, so that its arguments count from 1 as the spec numbers them.
            script +=
                "    \(spec.name))\n        shift words; (( CURRENT-- ))\n        _arguments -s \\\n            "
            script += specLines.joined(separator: " \\\n            ") + "\n        ;;\n"
        }
        script += "    esac\n}\n_actionplan \"$@\"\n"
        return script
    }
}

extension String {
    /// The string with each character in `replacements` replaced by its value.
    func replacingCharacters(_ replacements: [Character: String]) -> String {
        var result = ""
        for character in self { result += replacements[character] ?? String(character) }
        return result
    }
}
