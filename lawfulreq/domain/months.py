"""Calendar-month arithmetic: the one place the app adds or subtracts months.

"3 months" in the law and in the privacy statement is three calendar months, not 92 days:
20 November minus 3 months is 20 August; 31 May minus 3 months is 28 (or 29) February.
"""

from __future__ import annotations

import calendar
from datetime import datetime

from lawfulreq.clock import AMSTERDAM


def add_months(moment: datetime, months: int) -> datetime:
    """The same Amsterdam wall-clock moment `months` later (negative: earlier).

    A day that the target month lacks is clamped to its last day (31 May - 3 = 28/29 Feb).
    """
    local = moment.astimezone(AMSTERDAM)
    month_index = local.year * 12 + (local.month - 1) + months
    year, month0 = divmod(month_index, 12)
    day = min(local.day, calendar.monthrange(year, month0 + 1)[1])
    return local.replace(year=year, month=month0 + 1, day=day)
