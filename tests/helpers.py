"""Helpers the test modules share."""


def fact_tuples(result) -> list[tuple]:
    """An analysed article's facts as sorted tuples: type, value, unit, status, scope, region, election."""
    return sorted(
        (
            f["fact_type"],
            f["value"],
            f["unit"],
            f["status"],
            f["scope"],
            f["region_code"],
            f["election_type"],
            f["election_year"],
        )
        for f in result.facts
    )
