import Foundation
import Testing

@testable import ActionPlanKit

/// One row of `../shared/data/la-lookup.csv`, the public lookup the table was built from.
struct LookupRow: CustomTestStringConvertible, Sendable {
    var urn: Int
    var laNumber: Int
    var code: String
    var onsName: String
    var region: String
    var testDescription: String { onsName }

    /// The lookup beside the repository, or `nil` when it is absent.
    static let rows: [LookupRow]? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("shared/data/la-lookup.csv").path
        guard let data = FileManager.default.contents(atPath: path),
            let records = try? CSV.records(in: data), let columns = records.first?.fields
        else { return nil }
        func column(_ name: String) -> Int { columns.firstIndex(of: name) ?? 0 }
        return records.dropFirst().map(\.fields).filter { $0.count == columns.count }.compactMap { row in
            guard let urn = Int(row[column("urn")]), let number = Int(row[column("la_code")]) else {
                return nil
            }
            return LookupRow(
                urn: urn, laNumber: number, code: row[column("la_code_new")],
                onsName: row[column("local_authority_ons_name")], region: row[column("region_name")])
        }
    }()
}

@Suite("The table of councils")
struct AuthorityTableTests {
    @Test(
        "every row of the public lookup resolves, by URN, by code and by its ONS name",
        .enabled(if: LookupRow.rows != nil, "../shared/data/la-lookup.csv is not here"))
    func everyLookupRowResolves() throws {
        let rows = try #require(LookupRow.rows)
        #expect(rows.count == 156)
        for row in rows {
            let byURN = try #require(Authorities.authority(urn: row.urn), "URN \(row.urn) of \(row.onsName)")
            #expect(byURN.code == row.code, "\(row.onsName)")
            #expect(byURN.laNumber == row.laNumber, "\(row.onsName)")
            #expect(byURN.region == row.region, "\(row.onsName)")
            #expect(Authorities.authority(code: row.code) == byURN, "\(row.onsName)")
            #expect(Authorities.resolve(row.onsName) == byURN, "\(row.onsName)")
        }
    }

    @Test("153 councils have children's services today, each with its own code, number, URN and names")
    func currentCouncilsAreDistinct() {
        let current = Authorities.all.filter(\.isCurrent)
        #expect(current.count == 153)
        #expect(Set(Authorities.all.map(\.code)).count == Authorities.all.count)
        #expect(Set(current.map(\.laNumber)).count == current.count)
        let urns = Authorities.all.compactMap(\.urn)
        #expect(Set(urns).count == urns.count)
        var owners: [String: String] = [:]
        for authority in Authorities.all {
            for name in [authority.name] + authority.aliases {
                let key = AuthorityKey.exact(name)
                // The same council may list forms that differ only in case or "&"; two councils may not share one.
                #expect(
                    (owners[key] ?? authority.name) == authority.name,
                    "\"\(name)\" is given to \(owners[key] ?? "") and \(authority.name)")
                owners[key] = authority.name
            }
        }
    }

    @Test("every name and alias in the table resolves to its own council")
    func everyAliasResolvesToItsOwner() {
        for authority in Authorities.all {
            for name in [authority.name] + authority.aliases {
                #expect(Authorities.resolve(name)?.code == authority.code, "\"\(name)\"")
            }
        }
    }

    struct Succession: CustomTestStringConvertible, Sendable {
        var replaced: String
        var year: Int
        var successors: [String]
        var testDescription: String { replaced }
    }

    @Test(
        "councils replaced since 2009 name their successors, and the successors them",
        arguments: [
            Succession(
                replaced: "Cumbria", year: 2023, successors: ["Cumberland", "Westmorland and Furness"]),
            Succession(
                replaced: "Northamptonshire", year: 2021,
                successors: ["North Northamptonshire", "West Northamptonshire"]),
            Succession(
                replaced: "Bournemouth", year: 2019, successors: ["Bournemouth, Christchurch and Poole"]),
            Succession(replaced: "Poole", year: 2019, successors: ["Bournemouth, Christchurch and Poole"]),
            Succession(
                replaced: "Dorset County Council", year: 2019,
                successors: ["Dorset", "Bournemouth, Christchurch and Poole"]),
        ])
    func successors(_ case: Succession) throws {
        let replaced = try #require(Authorities.all.first { $0.name == `case`.replaced })
        #expect(replaced.replacement?.year == `case`.year)
        #expect(Authorities.successors(of: replaced).map(\.name) == `case`.successors)
        for successor in Authorities.successors(of: replaced) {
            #expect(successor.isCurrent)
            #expect(Authorities.predecessors(of: successor).contains(replaced))
        }
    }

    @Test(
        "a council renamed with its children's services whole keeps one record, its old code and name",
        arguments: [
            ("Buckinghamshire County Council", "E10000002", "Buckinghamshire"),
            ("North Yorkshire County Council", "E10000023", "North Yorkshire"),
            ("Somerset County Council", "E10000027", "Somerset"),
        ])
    func renamedCouncils(formerName: String, formerCode: String, name: String) throws {
        let authority = try #require(Authorities.resolve(formerName))
        #expect(authority.name == name)
        #expect(authority.isCurrent)
        #expect(Authorities.authority(code: formerCode) == authority)
    }
}
