import ActionPlanKit

/// The `actionplan` command line, independent of the process it runs in.
public struct CommandLineTool {
    /// Creates the tool.
    public init() {}
}
