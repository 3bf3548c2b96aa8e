"""Short dates derived from each locale's long date format."""

import pytest

from app.ui.sidebar.date_formats import month_day_format, month_day_year_format, month_year_format


@pytest.mark.parametrize(
    "long_format, month_day, month_day_year, month_year",
    [
        ("dddd, MMMM d, yyyy", "MMM d", "MMM d, yyyy", "MMMM yyyy"),  # en_US
        ("dddd, d MMMM yyyy", "d MMM", "d MMM yyyy", "MMMM yyyy"),  # en_GB
        ("dddd, d. MMMM yyyy", "d. MMM", "d. MMM yyyy", "MMMM yyyy"),  # de_DE
        ("dddd, d 'de' MMMM 'de' yyyy", "d 'de' MMM", "d 'de' MMM 'de' yyyy", "MMMM 'de' yyyy"),
        ("yyyy年M月d日dddd", "M月d日", "yyyy年M月d日", "yyyy年M月"),  # zh_CN
        ("yyyy년 MMMM d일 dddd", "MMM d일", "yyyy년 MMM d일", "yyyy년 MMMM"),  # ko_KR
        ("yyyy. MMMM d., dddd", "MMM d.", "yyyy. MMM d.", "yyyy. MMMM"),  # hu_HU
        ("dddd, d MMMM yyyy\u202f'г'.", "d MMM", "d MMM yyyy", "MMMM yyyy"),  # ru_RU
        ("dddd, d בMMMM yyyy", "d בMMM", "d בMMM yyyy", "MMMM yyyy"),  # he_IL
        ("d MMMM yyyy dddd", "d MMM", "d MMM yyyy", "MMMM yyyy"),  # tr_TR
    ],
)
def test_formats_follow_the_locale(long_format, month_day, month_day_year, month_year):
    assert month_day_format(long_format) == month_day
    assert month_day_year_format(long_format) == month_day_year
    assert month_year_format(long_format) == month_year


def test_standalone_month_name_is_quoted_in():
    # Russian declines the month next to a day but not alone: the caller passes "ноябрь".
    assert month_year_format("dddd, d MMMM yyyy", "ноябрь") == "'ноябрь' yyyy"
    assert month_year_format("MMMM d, yyyy", "Rock'n") == "'Rock''n' yyyy"


def test_unusable_formats_fall_back():
    assert month_day_format("yyyy") == "MMM d"
    assert month_year_format("dd") == "MMMM yyyy"
