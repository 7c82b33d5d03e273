extension BankHoliday {
    /// The years whose one-off changes the built-in list knows; rules alone are used outside them.
    public static let knownYears = 2009...2035

    /// The bank holidays of England and Wales in `year`, with Christmas Day and Good Friday, in date order.
    ///
    /// The standing rules of the Banking and Financial Dealings Act 1971 (with a substitute weekday
    /// when a fixed day falls at a weekend) and the proclamations that moved or added days between
    /// 2009 and 2035, as listed on GOV.UK. Days a later proclamation makes can be added by the user.
    public static func englandAndWales(in year: Int) -> [BankHoliday] {
        func day(_ month: Int, _ dayOfMonth: Int) -> CalendarDay {
            CalendarDay(year: year, month: month, day: dayOfMonth)!
        }
        var holidays: [BankHoliday] = []
        func add(_ date: CalendarDay, _ name: String) { holidays.append(BankHoliday(day: date, name: name)) }

        let newYear = day(1, 1)
        add(
            nextWeekday(from: newYear),
            newYear.isWeekend ? "New Year's Day (substitute day)" : "New Year's Day")
        let easter = easterSunday(in: year)
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: 1), "Easter Monday")

        var earlyMay = firstMonday(from: day(5, 1))
        var spring = firstMonday(from: day(5, 25))
        switch year {
        case 2011: add(day(4, 29), "Royal wedding (extra bank holiday)")
        case 2012:
            spring = day(6, 4)
            add(day(6, 5), "Queen's Diamond Jubilee (extra bank holiday)")
        case 2020: earlyMay = day(5, 8)
        case 2022:
            spring = day(6, 2)
            add(day(6, 3), "Platinum Jubilee (extra bank holiday)")
        case 2023: add(day(5, 8), "Coronation of King Charles III (extra bank holiday)")
        default: break
        }
        add(earlyMay, year == 2020 ? "Early May bank holiday (VE day)" : "Early May bank holiday")
        add(spring, "Spring bank holiday")
        add(firstMonday(from: day(8, 25)), "Summer bank holiday")
        if year == 2022 { add(day(9, 19), "State funeral of Queen Elizabeth II (extra bank holiday)") }

        // A weekend Christmas or Boxing Day gets the next weekday the other has not kept: when Christmas
        // falls on a Sunday, Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th.
        let christmas = day(12, 25)
        let boxingDay = day(12, 26)
        var christmasObserved = nextWeekday(from: christmas)
        var boxingObserved = nextWeekday(from: boxingDay)
        if christmasObserved == boxingObserved {
            if boxingObserved == boxingDay {
                christmasObserved = nextWeekday(from: boxingDay.adding(days: 1))
            } else {
                boxingObserved = nextWeekday(from: christmasObserved.adding(days: 1))
            }
        }
        add(
            christmasObserved,
            christmasObserved == christmas ? "Christmas Day" : "Christmas Day (substitute day)")
        add(boxingObserved, boxingObserved == boxingDay ? "Boxing Day" : "Boxing Day (substitute day)")
        return holidays.sorted { $0.day < $1.day }
    }

    /// Easter Sunday of `year` on the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
    public static func easterSunday(in year: Int) -> CalendarDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30
        let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }

    /// `day` itself when it is a weekday, else the Monday after it.
    private static func nextWeekday(from day: CalendarDay) -> CalendarDay {
        day.isWeekend ? day.adding(days: 8 - day.isoWeekday) : day
    }

    /// The first Monday on or after `day`.
    private static func firstMonday(from day: CalendarDay) -> CalendarDay {
        day.adding(days: (8 - day.isoWeekday) % 7)
    }
}
