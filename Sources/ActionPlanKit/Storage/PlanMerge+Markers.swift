extension PlanMerge {
    /// Git-style conflict markers between two versions of a file that differ only where a merge could
    /// not choose: the lines both share once, each difference shown as both versions.
    enum ConflictMarkers {
        /// The most line pairs compared at once; beyond it the differing middle is shown as one block.
        static let comparisonLimit = 16_000_000

        /// `ours` and `theirs` joined, each run of differing lines between `<<<<<<<`, `=======` and
        /// `>>>>>>>` lines that name the two versions.
        static func join(ours: String, theirs: String, labels: (String, String)) -> String {
            let left = ours.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let right = theirs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var output: [String] = []
            var pendingLeft: [String] = []
            var pendingRight: [String] = []
            func flush() {
                guard !pendingLeft.isEmpty || !pendingRight.isEmpty else { return }
                output.append("<<<<<<< \(labels.0)")
                output += pendingLeft
                output.append("=======")
                output += pendingRight
                output.append(">>>>>>> \(labels.1)")
                pendingLeft = []
                pendingRight = []
            }
            for step in differences(left, right) {
                switch step {
                case .both(let line):
                    flush()
                    output.append(line)
                case .left(let line): pendingLeft.append(line)
                case .right(let line): pendingRight.append(line)
                }
            }
            flush()
            return output.joined(separator: "\n")
        }

        private enum Step {
            case both(String)
            case left(String)
            case right(String)
        }

        /// A shortest edit between the two line lists: common prefix and suffix, then a longest common
        /// subsequence of the middle.
        private static func differences(_ left: [String], _ right: [String]) -> [Step] {
            var prefix = 0
            while prefix < left.count && prefix < right.count && left[prefix] == right[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < left.count - prefix && suffix < right.count - prefix
                && left[left.count - 1 - suffix] == right[right.count - 1 - suffix]
            {
                suffix += 1
            }
            let a = Array(left[prefix..<(left.count - suffix)])
            let b = Array(right[prefix..<(right.count - suffix)])
            var steps = left[..<prefix].map(Step.both)
            if a.count * b.count > comparisonLimit {
                steps += a.map(Step.left) + b.map(Step.right)
            } else {
                // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
                let width = b.count + 1
                var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
                for i in stride(from: a.count - 1, through: 0, by: -1) {
                    for j in stride(from: b.count - 1, through: 0, by: -1) {
                        lengths[i * width + j] =
                            a[i] == b[j]
                            ? lengths[(i + 1) * width + j + 1] + 1
                            : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                    }
                }
                var (i, j) = (0, 0)
                while i < a.count || j < b.count {
                    if i < a.count && j < b.count && a[i] == b[j] {
                        steps.append(.both(a[i]))
                        i += 1
                        j += 1
                    } else if j < b.count
                        && (i == a.count || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])
                    {
                        steps.append(.right(b[j]))
                        j += 1
                    } else {
                        steps.append(.left(a[i]))
                        i += 1
                    }
                }
            }
            return steps + left[(left.count - suffix)...].map(Step.both)
        }
    }
}
