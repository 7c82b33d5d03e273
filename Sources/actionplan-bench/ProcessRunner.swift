import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One finished child process: how long it took, the most memory it held, and how it ended.
struct ProcessSample: Sendable {
    /// Wall-clock time from spawn to reaped exit, in seconds.
    var seconds: Double
    /// Peak resident set size (`ru_maxrss`), in kilobytes.
    var peakKilobytes: Int
    /// The exit status, or 128 + signal number when it was killed.
    var status: Int32
    /// Standard output, when it was captured rather than thrown away.
    var output: String?
}

/// Why a child process could not be started.
struct SpawnError: Error, CustomStringConvertible {
    /// The program.
    var program: String
    /// `strerror` of the failure.
    var reason: String

    var description: String { "\(program): cannot start: \(reason)" }
}

/// Runs programs as whole processes (posix_spawn + wait4), the way a user's shell would.
///
/// Peak memory is taken from GNU time (`/usr/bin/time -f %M`) between us and the program: a child
/// spawned straight from this process starts life in our address space, and Linux keeps that
/// address space's high-water mark in the child's `ru_maxrss` across `exec`, so `wait4` alone
/// would report our own size for every small command.
struct ProcessRunner: Sendable {
    /// GNU time, when installed.
    static let gnuTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    /// Extra environment variables for every child (e.g. `TASKRC`), over the benchmark's own.
    var environment: [String: String] = [:]

    /// Runs `arguments[0]` with the rest as its arguments; standard output goes to `/dev/null` unless captured.
    func run(_ arguments: [String], captureOutput: Bool = false) throws -> ProcessSample {
        let outputPath =
            captureOutput
            ? NSTemporaryDirectory() + "actionplan-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            : "/dev/null"
        defer { if captureOutput { unlink(outputPath) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let rssPath =
            NSTemporaryDirectory() + "actionplan-bench-rss-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(rssPath) }
        let command = Self.gnuTime.map { [$0, "-f", "%M", "-o", rssPath] + arguments } ?? arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = command.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let start = Self.now()
        let code = posix_spawnp(&pid, command[0], &actions, nil, argv, envp)
        guard code == 0 else {
            throw SpawnError(program: arguments[0], reason: String(cString: strerror(code)))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(program: arguments[0], reason: "wait4 failed") }
        }
        let seconds = Self.now() - start
        let exited = status & 0x7f == 0
        let exitStatus = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = captureOutput ? (try? String(contentsOfFile: outputPath, encoding: .utf8)) : nil
        var peak = usage.ru_maxrss
        if Self.gnuTime != nil {
            // GNU time prints "Command exited with non-zero status N" before the figure when the program fails.
            let report = (try? String(contentsOfFile: rssPath, encoding: .utf8)) ?? ""
            peak =
                report.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                ?? 0
        }
        return ProcessSample(seconds: seconds, peakKilobytes: peak, status: exitStatus, output: output)
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
