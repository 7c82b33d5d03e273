import ActionPlanKit
import Foundation

/// The same actions as Taskwarrior tasks, in a throw-away Taskwarrior database.
struct Taskwarrior {
    /// The scratch folder holding the taskrc, the import file and the database.
    var directory: String

    /// The taskrc path, passed to every `task` run through `TASKRC`.
    var taskrc: String { directory + "/taskrc" }

    /// One task as `task import` reads it.
    private struct Task: Encodable {
        struct Annotation: Encodable {
            var entry: String
            var description: String
        }

        var uuid: String
        var description: String
        var project: String
        var entry: String
        var status: String
        var due: String?
        var end: String?
        var tags: [String]?
        var annotations: [Annotation]?
        var owner: String?
    }

    /// Writes a taskrc with no hooks, no confirmation and no chatter, and an `owner` attribute for the officer.
    func prepare() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(
            atPath: directory + "/data", withIntermediateDirectories: true)
        let rc = """
            data.location=\(directory)/data
            confirmation=off
            verbose=nothing
            hooks=off
            recurrence=off
            uda.owner.type=string
            uda.owner.label=Owner

            """
        try rc.write(toFile: taskrc, atomically: true, encoding: .utf8)
    }

    /// Converts every action of the plans in `plansDirectory` to one JSON array for `task import`.
    ///
    /// Open statuses stay `pending`; completed, signed-off and dropped become `completed`. A task is
    /// due at 23:59:59 UTC on the action's due day, so Taskwarrior's "due before now" matches our
    /// "due before today" and both tools count the same actions as overdue.
    func writeImportFile(from plansDirectory: String) throws -> (path: String, tasks: Int) {
        let store = PlanStore(directory: plansDirectory)
        var tasks: [Task] = []
        for name in try store.names() {
            let plan = try store.load(name)
            for action in plan.actions {
                let serial = String(tasks.count + 1, radix: 16)
                let uuid =
                    "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - serial.count) + serial
                let notes = action.history.compactMap { entry in
                    entry.note.map {
                        Task.Annotation(entry: Self.stamp(entry.on, "T093000Z"), description: $0)
                    }
                }
                var tags: [String] = []
                if action.status == .blocked { tags.append("blocked") }
                if action.status == .inProgress { tags.append("in_progress") }
                tasks.append(
                    Task(
                        uuid: uuid, description: action.action, project: name.rawValue,
                        entry: Self.stamp(plan.startDate, "T000000Z"),
                        status: action.status.isOpen ? "pending" : "completed",
                        due: action.due.map { Self.stamp($0, "T235959Z") },
                        end: action.status.isOpen
                            ? nil : Self.stamp(action.history.last?.on ?? plan.startDate, "T120000Z"),
                        tags: tags.isEmpty ? nil : tags, annotations: notes.isEmpty ? nil : notes,
                        owner: action.owner))
            }
        }
        let path = directory + "/tasks.json"
        try JSONEncoder().encode(tasks).write(to: URL(fileURLWithPath: path))
        return (path, tasks.count)
    }

    /// `2024-03-09` as Taskwarrior's `20240309` followed by `time`.
    private static func stamp(_ day: CalendarDay, _ time: String) -> String {
        day.description.replacingOccurrences(of: "-", with: "") + time
    }
}
