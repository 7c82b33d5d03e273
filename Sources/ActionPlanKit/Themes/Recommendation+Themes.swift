extension Recommendation {
    /// Its themes: the ones the plan records (as generated or corrected), else what the classifier gives.
    ///
    /// A plan generated before themes existed has none recorded; it is counted by what the rules say.
    public var themeList: [Theme] {
        let recorded = themes.compactMap(Theme.init(rawValue:))
        return recorded.isEmpty ? ThemeClassifier.standard.classify(text).themes : recorded
    }
}

extension ActionPlan {
    /// The day the plan's report speaks for: its publication, else the inspection's end, else the start.
    public var reportDay: CalendarDay {
        source.published ?? source.inspectionEnd ?? startDate
    }

    /// The council as people name it, else the plan's name where the report named none.
    public var councilName: String {
        source.authority ?? "unknown council (\(name))"
    }
}
