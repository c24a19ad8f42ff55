"""The translation memory: one SQLite file of translated segments, exact and fuzzy lookups (memory),
its SQLite layer (store), fuzzy matching (fuzzy), TMX/XLIFF exchange (exchange) and the salvage of a
damaged file (repair). The names below are the package's public API; exchange and repair are imported
by name when needed (translate-toolkit and salvage code load only then).
"""

from workbench.tm.memory import (APPROVED, EDITED, ENFORCED, HUMAN_STATUSES, STATUSES, FuzzyMatch, MTRecord,
                                 TMEntry, TMRecord, TMStats, TranslationMemory, default_path, normalize_locale)

__all__ = ["APPROVED", "EDITED", "ENFORCED", "HUMAN_STATUSES", "STATUSES", "FuzzyMatch", "MTRecord", "TMEntry",
           "TMRecord", "TMStats", "TranslationMemory", "default_path", "normalize_locale"]
