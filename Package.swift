// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "actionplan",
    products: [
        .library(name: "ActionPlanKit", targets: ["ActionPlanKit"]),
        .executable(name: "actionplan", targets: ["actionplan"]),
    ],
    targets: [
        // The domain: reading reports, the plan model, due dates, storage and rendering.
        .target(name: "ActionPlanKit"),
        // The command line: argument scanning, commands, help and exit statuses; no I/O of its own.
        .target(name: "ActionPlanCLI", dependencies: ["ActionPlanKit"]),
        // Wires standard output, standard error and the exit status to the CLI core.
        .executableTarget(name: "actionplan", dependencies: ["ActionPlanCLI"]),
        // The regression check over the corpus of real reports: crashes, recommendations, metadata.
        .executableTarget(name: "actionplan-corpus", dependencies: ["ActionPlanKit"]),
        // The benchmark: a national-scale portfolio timed against Taskwarrior and jq.
        .executableTarget(name: "actionplan-bench", dependencies: ["ActionPlanKit"]),
        .testTarget(
            name: "ActionPlanKitTests",
            dependencies: ["ActionPlanKit"],
            exclude: ["Reports/Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ActionPlanCLITests", dependencies: ["ActionPlanCLI", "ActionPlanKit"]),
    ],
    swiftLanguageModes: [.v6]
)
