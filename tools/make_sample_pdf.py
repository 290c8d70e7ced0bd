"""Write samples/hizb-i-islami.pdf, the sample report that arrives as a PDF.

The text is the project's own; run this only to change it: `.venv/bin/python tools/make_sample_pdf.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

TITLE = "Hizb-i-Islami Gulbuddin"
PARAGRAPHS = (
    "Gulbuddin Hekmatyar founded Hizb-i-Islami in the 1970s and has led it ever since. In the 1980s the party "
    "received more aid from the ISI than any other mujahideen faction, and it fought the Soviet Union in "
    "eastern Afghanistan.",
    "During the civil war of the 1990s Hekmatyar's fighters shelled Kabul and battled the forces of Ahmad Shah "
    "Massoud. In 1996 Hekmatyar briefly served as prime minister before the Taliban captured the city.",
    "After 2001 Hizb-i-Islami fought US forces alongside the Taliban. Its fighters operated in Kunar and "
    "Nangarhar. Jalaluddin Haqqani had once been one of Hekmatyar's commanders.",
    "In 2016 Hekmatyar negotiated with the Afghan government and signed a peace agreement with it.",
)


def main() -> None:
    pdf = FPDF()
    pdf.set_title(TITLE)
    pdf.set_author("South Asia Research Notes")
    pdf.set_creation_date(datetime(2017, 2, 10, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 10, TITLE)
    pdf.set_font("Helvetica", size=11)
    for paragraph in PARAGRAPHS:
        pdf.ln(4)
        pdf.multi_cell(0, 6, paragraph)
    out = Path(__file__).resolve().parent.parent / "samples" / "hizb-i-islami.pdf"
    pdf.output(str(out))
    print(out)


if __name__ == "__main__":
    main()
