import Foundation
import Testing

/// `--on` dates a change; it must be a day a report can show it on, and keep the history possible.
@Suite("History you can trust: the day of a change")
struct ChangeDayTests {
    @Test(
        "a change dated after today or before the plan's start is a usage error saying why, and changes nothing",
        arguments: [
            RefusedRun(
                name: "update after today",
                arguments: ["update", "dudley", "1", "--owner", "A", "--on", "2012-04-02"],
                status: 64,
                message:
                    "--on 2012-04-02: that is after today (2012-04-01); a change is dated the day it took effect"
            ),
            RefusedRun(
                name: "update before the start",
                arguments: ["update", "dudley", "1", "--owner", "A", "--on", "2011-12-08"], status: 64,
                message:
                    "--on 2011-12-08: that is before the plan's start date (2011-12-09); plan 'dudley' did not exist then"
            ),
            RefusedRun(
                name: "add after today",
                arguments: ["add", "dudley", "1", "--action", "Audit", "--on", "2013-01-01"],
                status: 64, message: "--on 2013-01-01: that is after today"),
            RefusedRun(
                name: "undo before the start", arguments: ["undo", "dudley", "--on", "2011-01-01"],
                status: 64,
                message: "--on 2011-01-01: that is before the plan's start date"),
            RefusedRun(
                name: "sign-off before the completion",
                arguments: ["update", "dudley", "1", "--status", "signed-off", "--on", "2012-02-01"],
                status: 65,
                message:
                    "action 1: a change dated 1 February 2012 would sign it off before it was completed (1 March 2012); "
                    + "date the sign-off on or after 2012-03-01 with --on"),
            RefusedRun(
                name: "status change before the last one",
                arguments: ["update", "dudley", "2", "--status", "blocked", "--on", "2012-01-15"], status: 65,
                message:
                    "action 2: a change dated 15 January 2012 would come before its status last changed to in-progress "
                    + "on 1 February 2012"),
        ])
    func refused(_ refusal: RefusedRun) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(
            workspace.run(["update", "dudley", "1", "--status", "completed", "--on", "2012-03-01"]).status
                == 0)
        #expect(
            workspace.run(["update", "dudley", "2", "--status", "in-progress", "--on", "2012-02-01"]).status
                == 0)
        let before = workspace.snapshot()
        let run = workspace.run(refusal.arguments)
        #expect(run.status == refusal.status, "\(run.error)")
        #expect(run.error.contains(refusal.message), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }

    @Test(
        "a sign-off on the day of the completion or later, and changes to other fields back-dated, are recorded"
    )
    func allowed() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(
            workspace.run(["update", "dudley", "1", "--status", "completed", "--on", "2012-03-01"]).status
                == 0)
        let owner = workspace.run([
            "update", "dudley", "1", "--owner", "Head of Service", "--on", "2012-01-10",
        ])
        #expect(owner.status == 0, "\(owner.error)")
        let signed = workspace.run(["update", "dudley", "1", "--status", "signed-off", "--on", "2012-03-01"])
        #expect(signed.status == 0, "\(signed.error)")
        let today = workspace.run(["update", "dudley", "2", "--status", "in-progress", "--on", "2012-04-01"])
        #expect(today.status == 0, "\(today.error)")
        let start = workspace.run(["update", "dudley", "3", "--status", "in-progress", "--on", "2011-12-09"])
        #expect(start.status == 0, "\(start.error)")
    }
}
