from hypothesis import given, strategies as st

from figures.testing import assert_consistent
from report_generator import sales_line


@given(last_year=st.integers(100, 10**6), this_year=st.integers(100, 10**6))
def test_sales_line_is_consistent(last_year, this_year):
    assert_consistent(sales_line("the north", last_year, this_year))
