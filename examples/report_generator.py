"""A small report generator: one sentence on sales, from last year's and this year's figures."""


def sales_line(region: str, last_year: int, this_year: int) -> str:
    change = (this_year - last_year) / last_year * 100
    verb = "rose" if change >= 0 else "fell"
    return f"Sales in {region} {verb} {abs(change):.1f}% to {this_year:,} from {last_year:,}."
