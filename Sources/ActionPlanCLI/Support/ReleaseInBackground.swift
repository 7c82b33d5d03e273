import Dispatch

/// Lets go of `value` on another thread, so that the caller need not wait while it is freed.
///
/// An overdue report over a national portfolio holds tens of thousands of lines and several strings
/// each; freeing them one by one took a tenth of the whole command. Once the report is written nothing
/// waits for that: the command returns and the tool exits while they are freed (the operating system
/// takes back whatever is left), and a test process gets its memory back a moment later.
func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    DispatchQueue.global(qos: .utility).async { [value] in withExtendedLifetime(value) {} }
}
