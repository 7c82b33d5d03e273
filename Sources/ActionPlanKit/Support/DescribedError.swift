import Foundation

/// A domain error that says the same thing however it is asked: `description`, `localizedDescription`.
///
/// Every error type of the library conforms, so a caller that only knows `any Error` (a test, another
/// program using the library) prints the same words the command line does.
public protocol DescribedError: LocalizedError, CustomStringConvertible {}

extension DescribedError {
    /// The same words as `description`.
    public var errorDescription: String? { description }
}

extension ReadError: DescribedError {}
extension StoreError: DescribedError {}
extension PlanError: DescribedError {}
extension ExchangeError: DescribedError {}
extension TemplateError: DescribedError {}
