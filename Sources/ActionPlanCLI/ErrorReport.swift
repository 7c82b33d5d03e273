import ActionPlanKit
import Foundation

/// The one place where errors become words on standard error and an exit status.
///
/// Commands throw the library's domain errors (or ``UsageError`` and ``CLIFailure``) as they are;
/// nothing else in the command line chooses an error's words or its status.
struct ErrorReport {
    /// `error: <where>: <what>`.
    var message: String
    /// A second line starting `hint:`, where one helps.
    var hint: String?
    /// The exit status.
    var status: ExitStatus

    /// Describes `error` raised by `command`.
    init(_ error: any Error, command: String?) {
        let context = command.map { "actionplan \($0)" } ?? "actionplan"
        switch error {
        case let error as UsageError:
            message = "\(error.command.map { "actionplan \($0)" } ?? context): \(error.message)"
            hint = error.hint ?? "see 'actionplan \(error.command.map { "\($0) " } ?? "")--help'"
            status = .usage
        case let error as CLIFailure:
            message = "\(error.where): \(error.what)"
            hint = error.hint
            status = error.status
        case let error as FileFault:
            let inner = ErrorReport(error.error, command: command)
            message = "\(error.path): \(error.error)"
            (hint, status) = (inner.hint, inner.status)
        case let error as ReadError:
            message = error.description
            (hint, status) = ErrorReport.classify(error)
        case let error as StoreError:
            message = error.description
            (hint, status) = ErrorReport.classify(error)
            if case .planNotFound(let name, let directory, _) = error,
                PlanStore(directory: directory).archive.contains(name)
            {
                // The plan is not lost, only archived: say how to bring it back.
                hint = "it is archived; 'actionplan archive --restore \(name)' brings it back"
            }
            if case .planExists = error {
                // Only generate has options to get past a taken name; every other command moves a plan onto it.
                hint =
                    command == "generate"
                    ? "use --force to replace it, or --name to choose another"
                    : "rename or archive the plan of that name first"
            }
        case let error as TemplateError:
            message = error.description
            hint = "fix the template, or start again from a copy of the one in Templates/"
            status = .dataError
        case let error as CalendarError:
            message = error.description
            if case .unreadable = error {
                (hint, status) = (nil, .ioError)
            } else {
                (hint, status) = ("fix the line, or remove it to use the built-in calendar", .dataError)
            }
        case let error as PlanError:
            message = "\(context): \(error.description)"
            status = ErrorReport.classify(error)
            if case .unrevertible(let plan, _, _, _) = error {
                hint =
                    "'actionplan check \(plan)' names the fault in the plan's history; correct the file by hand"
            }
        case let error as ExchangeError:
            message = "\(context): \(error.description)"
            (hint, status) = ErrorReport.classify(error)
        default:
            message = "\(context): \(error.localizedDescription)"
            status = .failure
        }
    }

    private static func classify(_ error: ReadError) -> (String?, ExitStatus) {
        switch error {
        case .notFound, .unreadable: (nil, .noInput)
        case .empty, .notAReport, .noRecommendations, .pdftotextFailed: (nil, .dataError)
        case .pdftotextMissing: (nil, .failure)
        }
    }

    private static func classify(_ error: StoreError) -> (String?, ExitStatus) {
        switch error {
        case .planNotFound: ("'actionplan list' shows the plans there are", .noInput)
        case .planExists, .historyWouldBeLost: (nil, .failure)
        case .invalidPlanName: (nil, .usage)
        case .corruptPlan, .corruptRound, .newerSchema: (nil, .dataError)
        case .io: (nil, .ioError)
        }
    }

    private static func classify(_ error: PlanError) -> ExitStatus {
        switch error {
        case .unknownAction, .unknownRecommendation: .noInput
        case .invalidActionList, .reasonRequired, .emptyUpdate, .emptyAction, .invalidPlanValue,
            .changeDayOutOfRange:
            .usage
        case .invalidTransition, .noStartDate, .noRecommendations, .nothingToUndo, .changeOutOfOrder,
            .unrevertible:
            .dataError
        }
    }

    private static func classify(_ error: ExchangeError) -> (String?, ExitStatus) {
        switch error {
        case .notCSV, .unreadableWorkbook: (nil, .dataError)
        case .unterminatedQuote, .textAfterQuote, .emptySheet, .invalidSheet:
            ("fix the cells named and import again; 'actionplan export' writes a fresh sheet", .dataError)
        }
    }

    /// The text written to standard error.
    var text: String {
        "error: \(message)\n" + (hint.map { "hint: \($0)\n" } ?? "")
    }
}

/// A domain error that does not know which file it came from, with the file it came from.
///
/// ``ErrorReport`` prints it as `<path>: <the error>` with the error's own hint and status.
struct FileFault: Error, DescribedError {
    /// The file the error was found in.
    var path: String
    /// What is wrong with it.
    var error: any Error

    var description: String { "\(path): \(error)" }
}
