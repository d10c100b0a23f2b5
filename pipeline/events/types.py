"""The event types akhbar extracts (the `type` column of the events dataset): a constant of its
own, so that the steps which only count or write events need not load the extractor."""

EVENT_TYPES = ("MEET", "CALL", "VISIT", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE")
