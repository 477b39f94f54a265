"""Writes etools-facts.json and boundaries.json from a clone of github.com/unicef/etools.

Usage: /usr/bin/python3 extract-etools.py ETOOLS_GIT_DIR
Every fact carries the file, the commit and the line numbers it was read from (found by
searching for the code they quote, so a wrong citation fails loudly). The risk boundaries are
transcribed from Assessment.overall_rating_display as a Python function of the same
comparisons and applied to every total; nothing is computed by psea-sheets.
"""
import json
import re
from pathlib import Path

from etools_git import HEAD, HEAD_DATE, INDICATORS, cite, fixture, of, plain, show

HERE = Path(__file__).parent
PSEA = "src/etools/applications/psea"
PARTNERS = "src/etools/applications/partners"
# psea/serializers.py was deleted on 2025-07-24 (16e99de, "Removed PSEA tests"); its last version is the parent.
SERIALIZERS_COMMIT = "edbec538341ff00e9951e1f17277e75b94ea3ee8"
OLD_FIXTURE_COMMIT = "1c9687d421c174baefcfd8b4818ca40b4e70b7d7"  # 2019-09-26, the last 8-indicator fixture with weights
SIX_STANDARDS_COMMIT = "9339d29b9d7d07de0afbfb89791790e715d17716"  # 2019-10-04, "Fix questions": 8 → 6 indicators
DISPLAY_COMMIT = "26c54fe80f49662ebfc1acc45ee902c91b03f655"  # 2019-11-12, overall_rating_display introduced


def overall_rating_display(total):
    """psea/models.py Assessment.overall_rating_display, comparison for comparison."""
    if not total:
        return ""
    elif total <= 8:
        return "High"
    elif 8 < total <= 14:
        return "Moderate"
    elif total >= 15:
        return "Low"


def po_label(lang: str, msgid: str) -> str:
    po = show(f"{PARTNERS}/locale/{lang}/LC_MESSAGES/django.po")
    m = re.search(r'msgid "' + re.escape(msgid) + r'"\nmsgstr "([^"]*)"', po)
    return m.group(1) if m else ""


data = fixture(HEAD)
evidence = {o["pk"]: o["fields"] for o in of("psea.evidence", data)}
ratings = sorted(({"label": r["fields"]["label"], "weight": r["fields"]["weight"]} for r in of("psea.rating", data)),
                 key=lambda r: r["weight"])
standards = []
for o in sorted(of("psea.indicator", data), key=lambda o: o["fields"]["order"]):
    f = o["fields"]
    m = re.match(r"Core Standard (\d+): (.+)", f["subject"])
    standards.append({
        "id": f"CS-{m.group(1)}",
        "pk": o["pk"],
        "order": f["order"],
        "subject": f["subject"],
        "name": m.group(2),
        "active": f["active"],
        "required": plain(f["content"]),
        "ratings": f["ratings"],
        "evidence": [{"id": e, "label": evidence[e]["label"],
                      "requires_description": evidence[e]["requires_description"]} for e in f["evidences"]],
    })
old = fixture(OLD_FIXTURE_COMMIT)
old_standards = [{"pk": o["pk"], "order": o["fields"].get("order"), "subject": o["fields"]["subject"]}
                 for o in of("psea.indicator", old)]

LOW, HIGH = len(standards) * ratings[0]["weight"], len(standards) * ratings[-1]["weight"]
PARTNER_LABEL = {"High": "Low Capacity (High Risk)", "Moderate": "Medium Capacity (Moderate Risk)",
                 "Low": "Full Capacity (Low Risk)"}
display_cite = cite(f"{PSEA}/models.py", "def overall_rating_display", "return display")

facts = {
    "source": {"repository": "https://github.com/unicef/etools", "commit": HEAD, "commit_date": HEAD_DATE},
    "standards": {
        "count": len(standards), "items": standards,
        "from": {"file": INDICATORS, "commit": HEAD,
                 "loaded_by": cite("src/etools/applications/users/management/commands/add_country.py",
                                   "call_command('loaddata', 'psea_indicators')")},
    },
    "ratings": {
        "values": ratings,
        "answer_rating_required": True,
        "note": "Answer.rating is a non-null foreign key to Rating: an answer always carries a rating.",
        "from": [cite(INDICATORS, '"model": "psea.rating"', '"weight": 3'),
                 cite(f"{PSEA}/models.py", "rating = models.ForeignKey(", 'verbose_name=_("Rating")')],
    },
    "overall_rating": {
        "rule": "overall_rating = sum of Rating.weight over the assessment's answers, "
                "or null unless answers_complete()",
        "computed_when": "on every Assessment.save() once it has a primary key, and after every Answer.save() "
                         "(Answer.save calls assessment.update_rating())",
        "sum_over": "Answer.objects.filter(assessment=self): every answer of the assessment, active indicator or not",
        "lowest_total": LOW, "highest_total": HIGH,
        "from": [cite(f"{PSEA}/models.py", "def rating(self):", "return None"),
                 cite(f"{PSEA}/models.py", "def save(self, *args, **kwargs):", "self.save()"),
                 cite(f"{PSEA}/models.py", "self.assessment.update_rating()"),
                 cite(f"{PSEA}/models.py", "def update_rating(self):", "self.save()")],
    },
    "every_standard_answered": {
        "rule": "answers_complete(): the number of active indicators equals the number of this assessment's answers "
                "whose indicator is active; (assessment, indicator) is unique, so this means every active indicator "
                "has exactly one answer",
        "active_indicators_now": len([s for s in standards if s["active"]]),
        "from": [cite(f"{PSEA}/models.py", "def answers_complete(self):", "return False"),
                 cite(f"{PSEA}/models.py", 'unique_together = [["assessment", "indicator"]]')],
    },
    "risk": {
        "display": {"High": "total <= 8", "Moderate": "8 < total <= 14", "Low": "total >= 15",
                    "": "total is null or 0 (not every standard answered)"},
        "boundaries": {"high_max": 8, "moderate_min": 9, "moderate_max": 14, "low_min": 15},
        "from": display_cite,
        "constants": cite(f"{PSEA}/models.py", 'LOW_RATING = "Low"', "HIGH_RATING: HIGH_RATING"),
        "export_labels": {"list": "SEA Risk Rating", "detail": "Risk Rating", "pdf": "Risk Rating"},
        "export_from": [cite(f"{PSEA}/serializers.py", "label='SEA Risk Rating'", commit=SERIALIZERS_COMMIT),
                        cite(f"{PSEA}/serializers.py", "label='Risk Rating'", commit=SERIALIZERS_COMMIT),
                        cite(f"{PSEA}/templates/psea_pdf.html", "Total Score", "Risk Rating")],
    },
    "partner_labels": {
        "values": [{"risk": risk, "en": en, "fr": po_label("fr", en), "es": po_label("es", en)}
                   for risk, en in PARTNER_LABEL.items()]
                  + [{"risk": None, "en": en, "fr": po_label("fr", en), "es": po_label("es", en)}
                     for en in ["Low Capacity Assumed - Emergency", "No Contact with Beneficiaries", "Not Assessed"]],
        "note": "PartnerOrganization.sea_risk_rating_name holds these labels; it is synchronised from the UNICEF ERP "
                "(synchronizers.py, SEA_RISK_RATING_NAME), not computed from psea.Assessment. The pairing of High "
                "with 'Low Capacity (High Risk)' etc. is by their wording, not by code.",
        "from": [cite(f"{PARTNERS}/models.py", "# PSEA Risk Ratings", "(RATING_NOT_ASSESSED, _('Not Assessed'))"),
                 cite(f"{PARTNERS}/synchronizers.py", "'sea_risk_rating_name': 'SEA_RISK_RATING_NAME'"),
                 {"file": f"{PARTNERS}/locale/fr/LC_MESSAGES/django.po", "commit": HEAD},
                 {"file": f"{PARTNERS}/locale/es/LC_MESSAGES/django.po", "commit": HEAD}],
    },
    "evidence": {
        "options": [{"id": k, **{f: v[f] for f in ("label", "requires_description", "active")}}
                    for k, v in sorted(evidence.items())],
        "rule": "an AnswerEvidence whose Evidence has requires_description=True needs a non-empty description "
                "('Description is required.'); only 'Other (please specify)' has it",
        "answer_without_evidence": "accepted: AnswerSerializer.evidences is AnswerEvidenceSerializer(many=True) "
                                   "with DRF's default allow_empty=True, so the list must be sent but may be empty",
        "from": [cite(f"{PSEA}/validators.py", "class EvidenceDescriptionValidator:", "Description is required."),
                 cite(INDICATORS, '"requires_description": true'),
                 cite(f"{PSEA}/serializers.py", "class AnswerEvidenceSerializer",
                      "validators = [EvidenceDescriptionValidator()]", commit=SERIALIZERS_COMMIT),
                 cite(f"{PSEA}/serializers.py", "evidences = AnswerEvidenceSerializer(many=True)",
                      commit=SERIALIZERS_COMMIT)],
    },
    "assessment_date": {
        "rule": "may not be in the future ('Date may not be in the future'); may be null",
        "from": [cite(f"{PSEA}/validators.py", "class PastDateValidator:", "Date may not be in the future"),
                 cite(f"{PSEA}/serializers.py", "validators=[PastDateValidator()]", commit=SERIALIZERS_COMMIT)],
    },
    "expiry": {
        "EXPIRING_ASSESSMENT_LIMIT_YEAR": 4,
        "rule": "expiring_psea_assessment_flag = today.year - psea_assessment_date.year >= 4 "
                "(calendar years only: month and day are ignored); no date → not expiring",
        "examples_as_of_2026": {"2022-12-31": True, "2022-01-01": True, "2023-01-01": False, "2023-12-31": False},
        "from": [cite(f"{PARTNERS}/models.py", "EXPIRING_ASSESSMENT_LIMIT_YEAR = 4"),
                 cite(f"{PARTNERS}/models.py", "def expiring_psea_assessment_flag(self):", "return False")],
        "other_rule_same_constant": {
            "rule": "notify_partner_assessment_expires counts EXPIRING_ASSESSMENT_LIMIT_YEAR * 365 days from the "
                    "core values / last (HACT) assessment date, for 30/60/90-day notices; it is not the PSEA flag",
            "from": cite(f"{PARTNERS}/tasks.py", "delta = datetime.timedelta(days=PartnerOrganization.EXPIRING"),
        },
    },
    "assessment_status": {
        "values": ["draft", "assigned", "in_progress", "submitted", "rejected", "final", "cancelled"],
        "export_rule": "the list export fills the per-standard columns (cs1…cs6, the rating label) only for final "
                       "assessments",
        "from": [cite(f"{PSEA}/models.py", "STATUS_DRAFT = 'draft'", "STATUS_CANCELLED = 'cancelled'"),
                 cite(f"{PSEA}/serializers.py", "def cs(obj, pk):", "rating.label", commit=SERIALIZERS_COMMIT)],
    },
    "exports": {
        "list": {"one_row_per": "assessment", "headers": ["ID", "Reference Number", "Assessment Date", "Partner name",
                 "Status", "Rating", "SEA Risk Rating", "Assessment type", "Assessment ingo reason", "Assessor",
                 "Focal points", "Cs1", "Cs2", "Cs3", "Cs4", "Cs5", "Cs6"],
                 "from": cite(f"{PSEA}/serializers.py", "class AssessmentExportSerializer",
                              "def get_focal_points(self, obj):", commit=SERIALIZERS_COMMIT)},
        "detail": {"one_row_per": "answer (partner × core standard)",
                   "headers": ["Vendor number", "Partner name", "Total score", "Risk Rating", "Core standard number",
                               "Core standard rating", "Core standard comments", "Core standard proof of evidence",
                               "Hyperlink to documents"],
                   "values": {"Core standard number": "CS1 … CS6", "Core standard proof of evidence":
                              "evidence labels joined with ', '"},
                   "from": cite(f"{PSEA}/serializers.py", "class AssessmentDetailExportSerializer",
                                "return \", \".join(urljoin(", commit=SERIALIZERS_COMMIT)},
        "header_rule": "headers are the DRF field labels (unicef_rest_export ExportMixin.get_data uses "
                       "serializer.fields[field].label): a model field's verbose_name, an explicit label=, else the "
                       "field name with '_' as spaces, first letter capitalised",
    },
    "versions": [
        {"commit": "3b4236ee45aa8c53e00db94c61d961e37386b386", "date": "2019-09-03", "standards": 8,
         "ratings": "Negative=1, Neutral=2, Positive=3"},
        {"commit": "6cd1b36e585d6bf76bead19cdbe94b0aa2844146", "date": "2019-09-04", "standards": 8,
         "ratings": "Absent=1, Need to improve=2, Adequate=3"},
        {"commit": "d1c381ea7742b16096d2ca650c9c7bcfa69872b3", "date": "2019-09-20", "standards": 8,
         "ratings": "Absent=1, Progressing=2, Adequate=3"},
        {"commit": OLD_FIXTURE_COMMIT, "date": "2019-09-26", "standards": 8,
         "ratings": "High=1, Moderate=2, Low=3 (risk per standard; reverted the same week)",
         "indicators": old_standards},
        {"commit": SIX_STANDARDS_COMMIT, "date": "2019-10-04", "standards": 6,
         "ratings": "Absent=1, Progressing=2, Adequate=3", "note": "'Core Standard N: …' subjects; pks 1–6 reused"},
        {"commit": DISPLAY_COMMIT, "date": "2019-11-12", "standards": 6,
         "note": "overall_rating_display (≤8 High, 9–14 Moderate, ≥15 Low) added: the boundaries were written "
                 "for the six-standard tool; the 8-standard 2019 tool never had an overall risk in eTools"},
        {"commit": "16e99dea7a8767c8a9f832cc88d354be6bf9fa7a", "date": "2025-07-24",
         "note": "psea serializers, views and urls removed from eTools; models, fixture and validators remain"},
    ],
    "observations": [
        "rating() sums every answer of the assessment while answers_complete() counts only answers on active "
        "indicators, so answers left on a deactivated indicator would still be added to the total.",
        "The fixture reuses pks 1–6 for the six core standards; a database first loaded with the 2019 fixture keeps "
        "pks 7 and 8 (active) unless they were deactivated, and then needs 8 answers to be complete.",
    ],
}

boundaries = {
    "source": {"function": "psea/models.py Assessment.overall_rating_display", **display_cite},
    "standards": len(standards),
    "weights": [r["weight"] for r in ratings],
    "derivation": "each of the 6 active core standards gets one rating of weight 1, 2 or 3, so a complete "
                  f"assessment totals {LOW}…{HIGH}; each total is passed through the comparisons of "
                  "overall_rating_display in their order",
    "not_rated": {"total": None, "risk": overall_rating_display(None),
                  "when": "answers_complete() is false: rating() returns None"},
    "rows": [{"total": t, "risk": overall_rating_display(t), "partner_label": PARTNER_LABEL[overall_rating_display(t)]}
             for t in range(LOW, HIGH + 1)],
}

(HERE / "etools-facts.json").write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
(HERE / "boundaries.json").write_text(json.dumps(boundaries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"etools {HEAD[:10]} ({HEAD_DATE}): {len(standards)} standards, totals {LOW}–{HIGH}")
