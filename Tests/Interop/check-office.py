#!/usr/bin/env python3
"""Opens the workbooks and documents actionplan writes as other programs do, and checks what a user would.

Usage: check-office.py ACTIONPLAN [PLANS_DIR]

ACTIONPLAN is the built tool (e.g. .build/debug/actionplan); PLANS_DIR defaults to ./Plans. The plans
are copied to a temporary folder first, so the bundled examples are never changed. Needs openpyxl
(`pip install openpyxl`). Prints one line per check and exits 1 if any fails.

Where LibreOffice (`soffice`) and `pdftotext` are installed, the papers are also converted to PDF
and read back; where they are not, that check prints SKIP and counts as neither pass nor failure.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
import openpyxl

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def run(tool, plans, *arguments, expect=0):
    result = subprocess.run([tool, *arguments, "--plans", plans], capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"{' '.join(arguments)}: exit {result.returncode}, expected {expect}\n{result.stderr}")
    return result


RAG_FILLS = {"Red": "FFB3261E", "Amber": "FFB86E00", "Green": "FF2E7D32", "Blue": "FF1F5FA8"}
STATUSES = ["not started", "in progress", "blocked", "completed", "signed off", "dropped"]


def check_workbook(path, name):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    check(sheet.freeze_panes == "A2", f"{name}: the header row is frozen")
    check(all(cell.font.b for cell in sheet[1]), f"{name}: the header row is bold")
    check(sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}{sheet.max_row}",
          f"{name}: the table has an autofilter")
    widths = [sheet.column_dimensions[sheet.cell(1, i + 1).column_letter].width for i in range(len(headers))]
    check(all(w and 4 < w <= 60 for w in widths) and len(set(widths)) > 2, f"{name}: columns are fitted")
    due = headers.index("Due") + 1
    dates = [row[due - 1] for row in sheet.iter_rows(min_row=2) if row[due - 1].value is not None]
    check(dates and all(isinstance(c.value, datetime.datetime) for c in dates),
          f"{name}: Due cells are real dates ({dates[0].value.date() if dates else 'none'})")
    check(dates and all(c.number_format == "dd/mm/yyyy" for c in dates), f"{name}: dates show dd/mm/yyyy")
    rag = headers.index("RAG") + 1
    seen = set()
    for row in sheet.iter_rows(min_row=2):
        cell = row[rag - 1]
        if cell.value in RAG_FILLS:
            seen.add(cell.value)
            if cell.fill.fill_type != "solid" or cell.fill.fgColor.rgb != RAG_FILLS[cell.value]:
                check(False, f"{name}: {cell.coordinate} '{cell.value}' is filled {cell.fill.fgColor.rgb}")
    check(len(seen) >= 2, f"{name}: RAG cells carry their word and are filled in their colour ({sorted(seen)})")
    status = sheet.cell(1, headers.index("Status") + 1).column_letter
    lists = [v for v in sheet.data_validations.dataValidation
             if v.type == "list" and f"{status}2" in v.sqref]
    check(len(lists) == 1 and lists[0].formula1 == '"' + ",".join(STATUSES) + '"',
          f"{name}: the Status column has a drop-down of the six statuses")
    return book, headers


def check_round_trip(tool, plans, tracker, work):
    """Edits the exported tracker in openpyxl, saves it (deflated), and imports it with --dry-run."""
    book = openpyxl.load_workbook(tracker)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "3")
    sheet.cell(row, headers.index("Lead/Owner") + 1).value = "Jane Smith & Co <interim>"
    sheet.cell(row, headers.index("Due") + 1).value = datetime.datetime(2012, 12, 31)
    sheet.cell(row, headers.index("Reason") + 1).value = "Partnership board moved"
    sheet.cell(row, headers.index("Note") + 1).value = "Chased twice"
    edited = os.path.join(work, "edited.xlsx")
    book.save(edited)
    with open(edited, "rb") as file:
        methods = {info.compress_type for info in zipfile.ZipFile(file).infolist()}
    check(zipfile.ZIP_DEFLATED in methods, "openpyxl saved the edited workbook deflated")
    before = open(os.path.join(plans, "dudley-2012.json"), "rb").read()
    result = run(tool, plans, "import", "dudley-2012", edited, "--dry-run")
    out = result.stdout
    check('action 3: owner:' in out and '→ "Jane Smith & Co <interim>"' in out,
          "import --dry-run shows the owner edited in openpyxl")
    check("action 3: due:" in out and "→ 2012-12-31" in out, "import --dry-run shows the due date typed as a date")
    check('action 3: note: "Chased twice"' in out, "import --dry-run shows the new note")
    check("nothing was written" in out and open(os.path.join(plans, "dudley-2012.json"), "rb").read() == before,
          "the dry run wrote nothing")
    applied = run(tool, plans, "import", "dudley-2012", edited, "--by", "Interop check", "--on", "2012-07-01")
    check("Recorded 4 changes to 1 action" in applied.stdout, "import records the edits as one revision")


def check_document(path, name, must_contain):
    document = docx.Document(path)
    section = document.sections[0]
    check(section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
          and abs(section.page_width.mm - 297) < 1 and abs(section.page_height.mm - 210) < 1,
          f"{name}: pages are A4 landscape")
    check(len(document.tables) >= 3, f"{name}: has its tables ({len(document.tables)})")
    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    repeated = [t for t in document.tables if t.rows[0]._tr.find(f"{namespace}trPr/{namespace}tblHeader") is not None]
    check(len(repeated) == len(document.tables), f"{name}: every table's header row repeats on each page")
    fills = set()
    for table in document.tables:
        for row in table.rows[1:]:
            for cell in row.cells:
                shading = cell._tc.find(f"{namespace}tcPr/{namespace}shd")
                word = cell.text.split("\n")[0]
                if shading is not None and word in RAG_FILLS:
                    fills.add((word, shading.get(f"{namespace}fill")))
    check(fills and all("FF" + fill == RAG_FILLS[word] for word, fill in fills),
          f"{name}: RAG cells are filled in their colour ({sorted(fills)})")
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for words in must_contain:
        check(words in text, f"{name}: says '{words}'")


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def check_pdf(tool, plans, work):
    """Converts the Dudley papers (docx and xlsx) to PDF with LibreOffice and reads them with pdftotext.

    Returns False, having printed why, when soffice or pdftotext is missing: the check did not run.
    """
    missing = [name for name in ("soffice", "pdftotext") if shutil.which(name) is None]
    if missing:
        print(f"SKIP LibreOffice PDF conversion: {' and '.join(missing)} not installed "
              "(apt-get install libreoffice-writer libreoffice-calc poppler-utils); not counted as a pass")
        return False
    folder = os.path.join(work, "pdf")
    os.makedirs(folder)
    header = ["--meeting", "Cabinet", "--meeting-date", "2012-03-09", "--author", "Director of Children's Services"]
    papers = {
        "report.docx": ["report", "dudley-2012", "--as-of", "2012-06-30", *header],
        "report.xlsx": ["report", "dudley-2012", "--as-of", "2012-06-30", *header],
        "overdue.docx": ["overdue", "dudley-2012", "--as-of", "2012-06-30", *header],
        "overdue.xlsx": ["overdue", "dudley-2012", "--as-of", "2012-06-30", *header],
    }
    for name, arguments in papers.items():
        run(tool, plans, *arguments, "--output", os.path.join(folder, name))
    # A profile of its own, so a LibreOffice already open (or another run) neither blocks nor is disturbed.
    profile = "file://" + os.path.join(work, "libreoffice-profile")
    for name in papers:
        # One file per call: papers share a stem, and LibreOffice names each PDF by its stem.
        out = os.path.join(folder, name.replace(".", "-"))
        converted = subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", out, os.path.join(folder, name)],
            capture_output=True, text=True, timeout=300)
        pdf = os.path.join(out, os.path.splitext(name)[0] + ".pdf")
        opened = os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-"
        check(converted.returncode == 0 and opened, f"LibreOffice converts {name} to PDF")
        if not opened:
            print(converted.stdout + converted.stderr)
            continue
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        lines = [line.strip() for line in text.splitlines()]
        # The Word paper gives the council a line of its own; the workbook's Paper sheet a labelled row.
        check(any(re.fullmatch(r"(Council\s+)?Dudley", line) for line in lines),
              f"{name} as PDF: the council has a line of its own ('Dudley')")
        check(re.search(r"Date of meeting:?\s+9 March 2012", text) is not None,
              f"{name} as PDF: 'Date of meeting' 9 March 2012, the date in words")
        check(re.search(r"Report to:?\s+Cabinet", text) is not None, f"{name} as PDF: 'Report to' Cabinet")
        if name == "report.docx":
            check("9 March 2012" in re.sub(r"\s+", " ", text.split("Date of meeting")[-1]),
                  f"{name} as PDF: due dates in words (9 March 2012)")
    return True


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tool = os.path.abspath(sys.argv[1])
    source = sys.argv[2] if len(sys.argv) > 2 else "Plans"
    with tempfile.TemporaryDirectory() as work:
        plans = os.path.join(work, "Plans")
        shutil.copytree(source, plans)
        tracker = os.path.join(work, "tracker.xlsx")
        run(tool, plans, "export", "dudley-2012", "--as-of", "2012-06-30", "--output", tracker)
        check_workbook(tracker, "export dudley-2012")
        overdue = os.path.join(work, "overdue.xlsx")
        # A day when the bundled plans have actions both overdue (red) and due soon (amber).
        run(tool, plans, "overdue", "--as-of", "2013-08-10", "--format", "xlsx", "--output", overdue)
        book, headers = check_workbook(overdue, "overdue")
        council = headers.index("Council") if "Council" in headers else None
        councils = {row[council].value for row in book.worksheets[0].iter_rows(min_row=2)} if council else set()
        check({"Dudley", "Cumbria"} <= councils,
              f"overdue: each row names its plan's council in a Council column ({sorted(c for c in councils if c)})")
        progress = os.path.join(work, "progress.xlsx")
        run(tool, plans, "report", "dudley-2012", "--as-of", "2012-06-30", "--output", progress)
        check_workbook(progress, "report dudley-2012")
        paper = os.path.join(work, "paper.docx")
        run(tool, plans, "report", "dudley-2012", "--as-of", "2012-06-30", "--output", paper)
        check_document(paper, "report dudley-2012 as docx",
                       ["Dudley", "9 March 2012", "Recommendation 1: ", "Summary of 13 actions by RAG"])
        overdue_paper = os.path.join(work, "overdue.docx")
        run(tool, plans, "overdue", "dudley-2012", "--as-of", "2012-06-30", "--format", "docx", "--output",
            overdue_paper)
        check_document(overdue_paper, "overdue as docx", ["Overdue actions as at 30 June 2012"])
        check_round_trip(tool, plans, tracker, work)
        refused = run(tool, plans, "export", "dudley-2012", "--format", "csv", "--output", tracker, expect=64)
        check("does not match" in refused.stderr, "a name and a format that disagree are refused (exit 64)")
        converted = check_pdf(tool, plans, work)
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    if converted:
        print("all Office interoperability checks passed, LibreOffice PDF conversion included")
    else:
        print("the Office interoperability checks that ran passed; the PDF conversion was SKIPPED")


if __name__ == "__main__":
    main()
