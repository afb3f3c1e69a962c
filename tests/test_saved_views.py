from decimal import Decimal

import pytest

from ukjp_desktop.core.filter_codec import filter_from_json, filter_to_json
from ukjp_desktop.core.filters import Filter, FilterError
from ukjp_desktop.store import saved_views as sv

pytestmark = pytest.mark.both_engines


def test_filter_json_round_trip_is_exact():
    f = Filter(text='quantum "joint call"', sectors={"quantum", "semiconductors"}, kinds={"fund"},
               year_from=2023, gbp_min=Decimal("1000000.01"), bilateral_only=True, starred=True)
    assert filter_from_json(filter_to_json(f)) == f
    assert '"1000000.01"' in filter_to_json(f)  # money as an exact string, not a float


@pytest.mark.parametrize("text", ["not json", "[1]", '{"kinds": "fund"}', '{"kinds": ["spaceship"]}',
                                  '{"year_from": "2023"}', '{"gbp_min": "lots"}'])
def test_bad_saved_filters_raise_filter_error(text):
    with pytest.raises(FilterError):
        filter_from_json(text)


def test_unknown_keys_are_ignored():
    assert filter_from_json('{"kinds": ["fund"], "from_the_future": 1}') == Filter(kinds={"fund"})


def test_save_list_rename_delete(library):
    eng = library.engine
    f = Filter(sectors={"quantum"}, year_from=2023)
    sv.save_view(eng, "  Quantum   since 2023 ", f, "total_gbp", True)
    assert sv.list_views(eng) == [sv.View("Quantum since 2023", f, "total_gbp", True)]
    sv.save_view(eng, "Quantum since 2023", Filter(), "name", False)  # same name replaces
    assert sv.get_view(eng, "Quantum since 2023").sort == "name"
    sv.save_view(eng, "Other", Filter(), "name", False)
    with pytest.raises(sv.SavedViewError, match="already exists"):
        sv.rename_view(eng, "Other", "Quantum since 2023")
    sv.rename_view(eng, "Other", "Renamed")
    assert [v.name for v in sv.list_views(eng)] == ["Quantum since 2023", "Renamed"]
    sv.delete_view(eng, "Renamed")
    with pytest.raises(sv.SavedViewError):
        sv.delete_view(eng, "Renamed")
    with pytest.raises(sv.SavedViewError):
        sv.save_view(eng, "   ", Filter(), "name", False)
