"""The upload page with AppTest: upload, preview, confirm, see the overview change, roll back."""

import io

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from tests.support.helpers import DASHBOARD

CSV = (
    "kode_indikator;kode_wilayah;periode;rencana;realisasi;catatan\n"
    "PKH.KPM;Kabupaten Sukabumi;Triwulan III 2026;1.500.000;1.400.000;=cek ulang\n"
    "PKH.KPM;51.01;2026-Q3;100.000;;\n"
).encode("cp1252")


BROKEN = (
    b"kode_indikator;kode_wilayah;periode;rencana;realisasi\n"
    b"PKH.KPM;32;Triwulan III 2026;1.500.000;1.400.000\n"
    b"PKH.XYZ;32;Triwulan III 2026;10;9\n"
)


def stored(app_db, region: str) -> tuple:
    """PKH.KPM in a region for the third quarter of 2026, read outside the app."""
    import duckdb

    with duckdb.connect(str(app_db)) as con:
        return con.execute(
            "select planned, actual, note from observations where indicator_code = 'PKH.KPM'"
            " and region_code = $r and period_start = date '2026-07-01'",
            {"r": region},
        ).fetchone()


@pytest.fixture
def page(app) -> AppTest:
    at = app.switch_page("pages/upload.py").run()
    at.text_input(key="uploader").input("Ani").run()
    return at


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    return at.get("file_uploader")[0].set_value((name, content, "text/csv")).run()


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_page_offers_the_template(page):
    labels = [b.proto.label for b in page.get("download_button")]
    assert "Unduh templat Excel" in labels


def test_upload_preview_confirm_then_roll_back(page, app_db):
    before_jabar, before_bali = stored(app_db, "32.02"), stored(app_db, "51.01")
    at = upload(page, "jabar.csv", CSV)
    assert not at.exception
    shown = metrics(at)
    assert (shown["Baris baru"], shown["Berubah"], shown["Tidak berubah"]) == ("0", "2", "0")
    changed = at.dataframe[-1].value
    assert changed["Baris"].tolist() == [2, 3]
    assert changed["Realisasi"].iloc[0].endswith("→ 1.400.000")

    at.button[0].click().run()  # "Simpan 2 baris"
    assert not at.exception
    assert "Tersimpan sebagai unggahan #1" in at.success[0].value
    assert stored(app_db, "32.02") == (1_500_000.0, 1_400_000.0, "=cek ulang")
    # a blank actual leaves the stored actual; the new target is saved
    assert stored(app_db, "51.01") == (100_000.0, before_bali[1], before_bali[2])
    history = at.dataframe[-1].value
    assert history[["#", "Berkas", "Oleh", "Status"]].values.tolist() == [
        [1, "jabar.csv", "Ani", "Tersimpan"]
    ]

    at.checkbox[0].check()  # in the form: sent with the submit button
    at.button(key="FormSubmitter:rollback-Batalkan unggahan").click().run()
    assert not at.exception
    assert "Unggahan #1 dibatalkan" in at.success[0].value
    assert stored(app_db, "32.02") == before_jabar
    assert stored(app_db, "51.01") == before_bali


def test_overview_shows_the_uploaded_value(page, app_db):
    upload(page, "jabar.csv", CSV).button[0].click().run()
    at = page.switch_page("pages/overview.py").run()
    at.selectbox(key="region").set_value("32.02").run()  # Kabupaten Sukabumi, as uploaded
    from tests.support.helpers import shown

    table = shown(at.dataframe[0]).set_index("Indikator")
    assert table.loc["Keluarga penerima manfaat (KPM) PKH", "Realisasi s.d. periode"] == "1.400.000"


def test_a_broken_file_shows_where_and_writes_nothing(page, app_db):
    before = stored(app_db, "32.02")
    at = upload(page, "salah.csv", BROKEN)
    assert not at.exception
    assert "tidak disimpan: ada 1 kesalahan" in at.error[0].value
    errors = at.dataframe[0].value
    assert errors.iloc[0, :4].tolist() == ["CSV", 3, "kode_indikator", "PKH.XYZ"]
    assert not [b for b in at.button if b.label.startswith("Simpan")]
    assert stored(app_db, "32.02") == before
    assert {"Unduh CSV", "Unduh Excel"} <= {b.proto.label for b in at.get("download_button")}


def test_the_same_file_twice_changes_nothing_and_says_so(page):
    at = upload(page, "jabar.csv", CSV)
    at.button[0].click().run()
    at = upload(at, "jabar-lagi.csv", CSV)
    assert metrics(at)["Berubah"] == "0"
    assert any("sudah diunggah sebagai #1" in i.value for i in at.info)
    assert any("Tidak ada yang berubah" in s.value for s in at.success)
    assert not [b for b in at.button if b.label.startswith("Simpan")]


def test_saving_needs_a_name(app):
    at = app.switch_page("pages/upload.py").run()
    at = upload(at, "jabar.csv", CSV)
    assert at.button[0].disabled


def test_errors_download_is_a_spreadsheet(page):
    from pantau import ingest
    from pantau.export import spreadsheets

    at = upload(page, "salah.csv", BROKEN)
    table = at.dataframe[0].value
    book = openpyxl.load_workbook(io.BytesIO(spreadsheets.xlsx_bytes(table, "kesalahan")))
    assert book.active["D2"].value == "PKH.XYZ"
    assert ingest.problems_frame([], "id").columns.tolist() == table.columns.tolist()


def test_rolling_back_needs_a_name_too(page, app_db):
    at = upload(page, "jabar.csv", CSV)
    at.button[0].click().run()
    at.text_input(key="uploader").input("").run()
    at.checkbox[0].check()
    at.button(key="FormSubmitter:rollback-Batalkan unggahan").click().run()
    assert "Tulis nama Anda dulu" in at.warning[0].value
    assert stored(app_db, "32.02")[1] == 1_400_000.0  # still the uploaded value


def test_a_database_failure_while_saving_is_a_message_not_a_traceback(page, app_db, monkeypatch):
    from pantau.store import queries

    real = queries.statements
    monkeypatch.setattr(
        queries,
        "statements",
        lambda n: (
            (real(n)[0], "select error('disk full (simulated)')")
            if n == "apply_upload"
            else real(n)
        ),
    )
    before_jabar, before_bali = stored(app_db, "32.02"), stored(app_db, "51.01")
    at = upload(page, "jabar.csv", CSV)
    at.button[0].click().run()
    assert not at.exception
    message = at.error[0].value
    assert message.startswith("Berkas jabar.csv tidak tersimpan")
    assert "disk full (simulated)" in message and "Tidak ada yang disimpan" in message
    assert not at.success
    assert (stored(app_db, "32.02"), stored(app_db, "51.01")) == (before_jabar, before_bali)
    assert any("Belum ada unggahan" in c.value for c in at.caption)  # no history row either


@pytest.mark.parametrize(("setting", "limit"), [(None, 50), ("5", 5)])
def test_the_uploader_and_the_page_state_the_real_limit(app_db, monkeypatch, setting, limit):
    if setting:
        monkeypatch.setenv("PANTAU_MAX_UPLOAD_MB", setting)
    else:
        monkeypatch.delenv("PANTAU_MAX_UPLOAD_MB", raising=False)
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at = at.switch_page("pages/upload.py").run()
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == limit
    assert any(f"paling besar {limit} MB" in c.value for c in at.caption)


def test_a_signed_district_sheet_is_accepted_with_its_footer_named(page):
    from tests.support import upload_corpus

    at = upload(page, "sleman.xlsx", upload_corpus.signature_block_xlsx())
    assert not at.exception and not at.error
    notes = [i.value for i in at.info]
    assert any("7 baris di bawah tabel" in n and "9, 10, 11, 14, 15, 16, 17" in n for n in notes)
    assert at.button[0].label == "Simpan 3 baris"
