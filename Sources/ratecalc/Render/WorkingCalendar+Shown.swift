import RateCalc

/// The day counts a renderer shows under a result.
struct ShownDays {
  let leave: Amount
  let worked: Amount
  let billable: Amount
}

extension WorkingCalendar {
  /// The derived day counts for display. The calculation behind a result has already computed
  /// them, so they are there; `nil` only if they could not be, and then a renderer shows `?` (or
  /// JSON `null`), never a zero.
  var shown: ShownDays? {
    guard let leave = try? leaveBeyondHolidays, let worked = try? workedDays, let billable = try? billableDays else {
      return nil
    }
    return ShownDays(leave: leave, worked: worked, billable: billable)
  }
}
