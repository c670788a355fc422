"""The ready-to-fill upload template: data sheet, instructions, and the valid codes."""

import io

import pandas as pd

from pantau import i18n

HEADERS = ("kode_indikator", "kode_wilayah", "periode", "rencana", "realisasi", "mitra", "catatan")
DATA_ROWS = 5000  # drop-down validation reaches this far down the data sheet


def _instructions() -> list[tuple[str, str]]:
    """The instructions sheet: one line per point, Indonesian then English."""
    keys = [f"template.help.{n}" for n in range(1, 8)]
    return [(i18n.t(k, "id"), i18n.t(k, "en")) for k in keys]


def template_regions(regions: pd.DataFrame, province: str | None) -> pd.DataFrame:
    """The regions a template lists: a province with its regencies and districts, or (no
    province) every province and regency: 7,285 districts do not fit one drop-down."""
    if province is None:
        return regions[regions["level"].isin(("provinsi", "kabupaten_kota"))]
    inside = regions["code"].eq(province) | regions["code"].str.startswith(province + ".")
    return regions[inside]


def template_xlsx(indicators: pd.DataFrame, regions: pd.DataFrame) -> bytes:
    """An .xlsx template with drop-downs of valid indicator and region codes."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as xl:
        help_rows = pd.DataFrame(_instructions(), columns=["Petunjuk", "Instructions"])
        help_rows.to_excel(xl, sheet_name="petunjuk", index=False)
        xl.sheets["petunjuk"].set_column(0, 1, 90)
        bold = xl.book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        data = xl.book.add_worksheet("data")
        data.write_row(0, 0, HEADERS, bold)
        data.set_column(0, 1, 18)
        data.set_column(2, 6, 20)
        data.freeze_panes(1, 0)
        codes = indicators[["code", "name_id", "name_en", "unit", "frequency"]]
        codes.to_excel(xl, sheet_name="kode_indikator", index=False)
        regions[["code", "name", "level", "parent_code"]].to_excel(
            xl, sheet_name="kode_wilayah", index=False
        )
        lists = ((0, "kode_indikator", len(codes)), (1, "kode_wilayah", len(regions)))
        for column, sheet, count in lists:
            data.data_validation(
                1,
                column,
                DATA_ROWS,
                column,
                {
                    "validate": "list",
                    "source": f"={sheet}!$A$2:$A${count + 1}",
                    "error_message": i18n.t("template.not_in_list", "id"),
                },
            )
        data.activate()
    return buffer.getvalue()
