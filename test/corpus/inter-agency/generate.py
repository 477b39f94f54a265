"""Writes the corpus files that openpyxl (not exceljs) writes, into the folder given (generate.ts calls it).

Run with Debian's python3-openpyxl: /usr/bin/python3 generate.py OUT_DIR
- mos-checklist-letters-es.xlsx: a wide MOS-PSEA self-assessment in Spanish, letter codes A/B/C, legend on the sheet;
- mos-checklist-yes-no-en.xlsx: the same in English, Yes / No / Partially / N/A, agencies by their full names;
- partner-assessment-wide-es.xlsx: partner PSEA capacity assessments, one row per partner, a column per core standard;
- workplan-months-en.xlsx: a month Gantt (the year merged over Jan … Dec) with area section rows.
Content is fictional. Prints the names written, one per line.
"""
import datetime
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(sys.argv[1])
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="FFD9E1F2")
MARK = PatternFill("solid", fgColor="FF70AD47")


def book(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 3, 31, 9, 0, 0)
    return wb


def sheet(wb, name, heading):
    ws = wb.active
    ws.title = name
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    return ws


def header(ws, row, labels):
    for col, label in enumerate(labels, 1):
        cell = ws.cell(row, col, label)
        cell.font, cell.fill = BOLD, HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def letters_es():
    wb = book("Red PEAS")
    heading = "Red PEAS – Autoevaluación de las normas operativas mínimas (NOM-PEAS) por agencia – 2026"
    ws = sheet(wb, "Lista de verificación", heading)
    standards = ["Política", "Acuerdos de cooperación", "Punto focal", "Comunicación con la comunidad",
                 "Mecanismo comunitario de quejas", "Contratación y gestión del desempeño",
                 "Sensibilización del personal", "Denuncias internas e investigación"]
    header(ws, 3, ["Agencia"] + [f"Norma {i}: {s}" for i, s in enumerate(standards, 1)] + ["Observaciones"])
    rows = [
        ["ACNUR", "A", "A", "A", "B", "A", "A", "A", "A", None],
        ["OIM", "A", "B", "A", "A", "B", "A", "A", "B", "Mecanismo de quejas en fase piloto"],
        ["PMA", "A", "A", "A", "B", "B", "A", "C", None, "Pendiente de confirmar con la sede"],
        ["UNICEF", "A", "A", "A", "A", "A", "A", "A", "A", None],
        ["UNFPA", "A", "b", "A", "A", "D", "A", "B", "A", None],
        ["ONU Mujeres", "A", "C", "A", "B", "C", "A", "B", "A", "Sin socios implementadores en 2026"],
    ]
    for r, values in enumerate(rows, 4):
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    ws["A11"] = "Leyenda:"
    ws["A11"].font = BOLD
    for r, text in enumerate(["A = Establecido", "B = Parcialmente establecido", "C = No establecido"], 12):
        ws.cell(r, 1, text)
    ws.column_dimensions["A"].width = 30
    wb.save(OUT / "mos-checklist-letters-es.xlsx")
    return "mos-checklist-letters-es.xlsx"


def yes_no_en():
    wb = book("PSEA Network")
    ws = wb.active
    ws.title = "MOS self-assessment"  # no title line: the header is row 1
    standards = ["PSEA policy", "Cooperative arrangements", "PSEA focal point", "Community awareness",
                 "Complaints mechanism (CBCM)", "Recruitment & performance management", "Staff awareness-raising",
                 "Internal complaints & investigations"]
    header(ws, 1, ["Organization"] + [f"{i}. {s}" for i, s in enumerate(standards, 1)] + ["Remarks"])
    y, n, p, na = "Yes", "No", "Partially", "N/A"
    rows = [
        ["United Nations Children's Fund", y, y, y, p, y, y, y, y, None],
        ["World Health Organization", y, p, y, n, p, y, y, y, "Hotline shared with the health cluster"],
        ["International Organization for Migration", y, y, y, y, p, y, y, p, None],
        ["UN Women", y, na, y, p, n, y, p, y, "No implementing partners this year"],
        ["FAO", p, y, y, n, n, y, p, p, None],
    ]
    for r, values in enumerate(rows, 2):
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    ws["A8"] = "Last reviewed by the PSEA Network on 12 March 2026."
    ws["A8"].font = Font(italic=True)
    wb.save(OUT / "mos-checklist-yes-no-en.xlsx")
    return "mos-checklist-yes-no-en.xlsx"


def assessments_wide_es():
    wb = book("ACNUR oficina de país")
    ws = sheet(wb, "Evaluaciones", "Evaluación de la capacidad de los socios en materia de PEAS – ACNUR – 2026")
    standards = ["Política organizativa", "Gestión organizativa y sistemas de RR. HH.", "Formación obligatoria",
                 "Denuncias", "Asistencia y remisión", "Investigaciones"]
    labels = ["Socio", "Número de proveedor", "Fecha de evaluación", "Evaluador"]
    for i, s in enumerate(standards, 1):
        labels += [f"Norma básica {i}: {s}", f"Justificación {i}"]
    labels += ["Puntuación total", "Calificación de riesgo PSEA"]
    header(ws, 3, labels)
    why = {1: "Sin documentación", 2: "Existe un borrador; plan de fortalecimiento acordado",
           3: "Documentos revisados y aplicados"}
    high, moderate = "Baja capacidad (alto riesgo)", "Capacidad media (riesgo moderado)"
    low = "Plena capacidad (bajo riesgo)"
    d, team, consultant = datetime.date, "Equipo PEAS ACNUR", "Consultora externa"
    # (partner, vendor number, date, assessor, ratings CS1…CS6, stated total, stated risk)
    rows = [
        ("Hope Relief Initiative", "2500100001", d(2026, 1, 15), team, [1, 1, 1, 1, 1, 1], 6, high),
        ("Youth for Change", "2500100004", d(2026, 4, 10), team, [3, 3, 3, 2, 3, 2], 16, low),
        ("Nuevo Horizonte", "2500200011", d(2025, 10, 1), consultant, [2, 3, 2, 2, 3, 2], 14, moderate),
        ("Manos Unidas por la Paz", "2500200012", d(2023, 3, 3), team, [3, 3, 3, 3, 2, 3], 17, low),
        ("Fundación Camino Seguro", "2500200013", d(2022, 12, 31), consultant, [2, 2, 2, 1, 1, 1], 9, moderate),
        ("Asociación Tierra Fértil", "2500200014", d(2026, 5, 20), team, [3, 2, 2, 2, 2, 2], 15, low),
        ("Red de Mujeres del Valle", "2500200015", d(2026, 2, 14), team, [2, 2, None, 2, 3, 2], None, None),
    ]
    for r, (partner, vendor, date, assessor, ratings, total, risk) in enumerate(rows, 4):
        values = [partner, vendor, date, assessor]
        for rating in ratings:
            values += [rating, why.get(rating)]
        values += [total, risk]
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    wb.save(OUT / "partner-assessment-wide-es.xlsx")
    return "partner-assessment-wide-es.xlsx"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def months_en():
    wb = book("UNCT PSEA Task Force")
    ws = sheet(wb, "Plan", "UNCT PSEA Workplan 2026 (monthly timeline)")
    # Two header rows: the year merged over the twelve months, the other labels merged down both rows.
    header(ws, 3, ["Key activity", "Lead agency", "Support", "Key indicator", "2026"] + [None] * 11 + ["Status"])
    for c, month in enumerate(MONTHS, 5):
        cell = ws.cell(4, c, month)
        cell.font, cell.fill = BOLD, HEAD
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=16)
    for c in (1, 2, 3, 4, 17):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    # (activity, lead, support, indicator, {month: 'x' | 'fill'}, status); a string is a section row.
    plan = [
        "Area 1 – Management and coordination",
        ("Appoint PSEA focal points in every agency", "UNRCO", "All agencies", "% of agencies with a focal point",
         {1: "x", 2: "x"}, "Completed"),
        ("Adopt the PSEA action plan", "UNRCO", "PSEA Task Team", "Action plan endorsed by the UNCT",
         {3: "x"}, "Completed"),
        "Area 2 – Engagement with communities",
        ("Consult communities on safe reporting channels", "UNHCR", "IOM, UNICEF", "Number of consultations held",
         {4: "x", 5: "x", 6: "x"}, "In progress"),
        ("Translate key messages into local languages", "UNICEF", "UNFPA", "Messages available in 3 languages",
         {5: "fill", 6: "fill"}, "Delayed"),
        "Area 3 – Prevention",
        ("Roll out the mandatory PSEA e-learning", "UN Women", "UNDP", "% of staff trained",
         {m: "x" for m in range(7, 13)}, "Not started"),
        ("Include PSEA clauses in partner agreements", "WFP", "UNHCR", "% of agreements with a PSEA clause",
         {2: "x", 3: "x", 4: "x"}, "In progress"),
        "Area 4 – Response",
        ("Train investigators on SEA investigations", "OHCHR", "UNICEF", "Number of investigators trained",
         {9: "x", 10: "x"}, "Not started"),
        ("Map GBV service providers for victim assistance", "UNFPA", "WHO", "Service map updated", {}, "Not started"),
    ]
    for r, item in enumerate(plan, 5):
        if isinstance(item, str):
            ws.cell(r, 1, item).font = BOLD
            continue
        activity, lead, support, indicator, marks, status = item
        for c, v in enumerate([activity, lead, support, indicator], 1):
            ws.cell(r, c, v)
        for month, mark in marks.items():
            cell = ws.cell(r, 4 + month)
            if mark == "fill":
                cell.fill = MARK
            else:
                cell.value = mark
        ws.cell(r, 17, status)
    ws.column_dimensions["A"].width = 48
    wb.save(OUT / "workplan-months-en.xlsx")
    return "workplan-months-en.xlsx"


for build in (letters_es, yes_no_en, assessments_wide_es, months_en):
    print(build())
