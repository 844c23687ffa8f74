"""Where: the places a clause puts its event at ("in X", "near X", "struck X"), the places
listed for a shared count, villages the gazetteer lacks (placed in the region named with
them) and anaphors ("in the region").

The modules:
  clause_places  event_places: the places a clause introduces as its scene; the words around a
                 name that make it none; containers of other chosen places left out
  listed         listed_places: the names of a place list the clause sets its event at
  areas          areas named besides the scene: ACLED's "(Admin2, Admin1)" (division_named), a
                 division with its kind word, an anaphor ("in the region"); a town's part's
                 namesake elsewhere
  lacking        unknown_place: a scene the gazetteer lacks, kept by its name; names that are
                 none (times, a headline's capitals, an owner's dwelling, a hospital)
  in_region      unknown_place_in_region: a place the gazetteer lacks, placed in the region
                 named with it (RegionFallback)
"""

from events.extraction.scene.areas import division_by_kind_word, division_named, elsewhere, resolve_anaphor
from events.extraction.scene.clause_places import LIST_GAP, event_places
from events.extraction.scene.in_region import RegionFallback, unknown_place_in_region
from events.extraction.scene.lacking import time_word, title_case_line, unknown_place
from events.extraction.scene.listed import listed_places

__all__ = ["LIST_GAP", "RegionFallback", "division_by_kind_word", "division_named", "elsewhere",
           "event_places", "listed_places", "resolve_anaphor", "time_word", "title_case_line",
           "unknown_place", "unknown_place_in_region"]  # fmt: skip
