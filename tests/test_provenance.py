"""Provenance: each article's page, dates, licence and text hash (sources manifest, exports, HTML pages), and
where each fact's region came from. All texts here are invented."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import ExtractionError, run_extraction
from analysis.ingest import read_entry
from analysis.ingest.sources import SourcesError, parse_sources, read_sources, source_of
from analysis.nlp.doc_data import remember_text
from analysis.nlp.profile import META, PROFILE
from analysis.region_source import region_source

ARTICLE = (
    "Bawaslu Catat Pelanggaran Netralitas ASN\n\n"
    "BOGOR - Badan Pengawas Pemilu (Bawaslu) Kota Bogor mencatat 7 kasus dugaan pelanggaran netralitas ASN pada "
    "Pilkada 2024, kata Ketua Bawaslu, Senin (4/11/2024).\n\n"
    "Dari jumlah itu, 3 kasus sudah direkomendasikan ke BKN.\n"
)
MANIFEST = (
    "file,url,outlet,published,retrieved,licence,publish_texts,note\n"
    "a.txt,https://contoh.invalid/a,Warta Contoh,2024-11-04,2024-11-20,CC-BY-4.0,true,an invented page\n"
    "export.jsonl,,Kabar Contoh,,2024-11-21,all rights reserved,false,\n"
    "export.jsonl#2,https://contoh.invalid/rekaman-2,,,,,true,\n"
)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    records = [
        {"title": "Satu", "text": ARTICLE.replace("7 kasus", "8 kasus"), "url": "https://contoh.invalid/r1"},
        {"title": "Dua", "text": ARTICLE.replace("7 kasus", "9 kasus"), "retrieved": "2024-11-22"},
    ]
    (corpus / "export.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    page = (
        '<html><head><title>Halaman Contoh</title><link rel="canonical" href="https://contoh.invalid/halaman">'
        "</head><body><article><h1>Halaman Contoh</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
        + "</article></body></html>"
    )
    (corpus / "page.html").write_text(page, encoding="utf-8")
    return corpus


def test_a_manifest_row_of_an_export_covers_its_records_and_a_record_row_wins():
    sources = parse_sources(MANIFEST, Path("SOURCES.csv"))
    assert source_of(sources, "a.txt").publish_texts is True
    assert source_of(sources, "export.jsonl#1").outlet == "Kabar Contoh"
    assert source_of(sources, "export.jsonl#2").url == "https://contoh.invalid/rekaman-2"
    assert source_of(sources, "other.txt") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("url,outlet\nhttps://x.invalid,A\n", "SOURCES.csv: no 'file' column"),
        ("file,retrieved\na.txt,kemarin\n", "SOURCES.csv, line 2: 'kemarin' is not a date"),
        ("file,publish_texts\na.txt,mungkin\n", "SOURCES.csv, line 2: publish_texts 'mungkin' is neither"),
        ("file,url\na.txt,x\na.txt,y\n", "SOURCES.csv, line 3: a.txt is listed twice"),
        ("file\na.txt,extra\n", "SOURCES.csv, line 2: more fields than the header has"),
    ],
)
def test_a_bad_manifest_is_a_one_line_error_naming_the_file_and_the_reason(text, reason):
    with pytest.raises(SourcesError, match="^" + reason.replace("(", r"\(")) as caught:
        parse_sources(text, Path("SOURCES.csv"))
    assert "\n" not in str(caught.value)


def test_a_missing_manifest_is_an_error_and_none_is_no_manifest(tmp_path):
    assert read_sources(None) == {}
    with pytest.raises(SourcesError, match="sources manifest not found"):
        read_sources(tmp_path / "SOURCES.csv")
    (tmp_path / "corpus").mkdir()
    with pytest.raises(ExtractionError, match="SOURCES.csv: sources manifest not found"):
        run_extraction(tmp_path / "corpus", tmp_path / "out", sources=tmp_path / "SOURCES.csv")


def test_articles_carry_url_dates_licence_and_the_hash_of_their_text(tmp_path):
    corpus = _corpus(tmp_path)
    manifest = tmp_path / "SOURCES.csv"
    manifest.write_text(MANIFEST, encoding="utf-8")
    out = tmp_path / "out"
    run_extraction(corpus, out, sources=manifest)
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False).set_index("source_file")
    texts = pd.read_csv(out / "texts.csv", dtype=str, keep_default_na=False).set_index("article_id")["text"]

    a = articles.loc["a.txt"]
    assert (a.url, a.outlet, a.published, a.retrieved) == ("https://contoh.invalid/a", "Warta Contoh", "2024-11-04",
                                                          "2024-11-20")  # fmt: skip
    assert (a.licence, a.publish_texts) == ("CC-BY-4.0", "True")
    first, second = articles.loc["export.jsonl#1"], articles.loc["export.jsonl#2"]
    assert (first.url, first.outlet, first.retrieved, first.publish_texts) == (
        "https://contoh.invalid/r1",  # the export's own field, the manifest giving none for the file
        "Kabar Contoh",
        "2024-11-21",
        "False",
    )
    assert (second.url, second.retrieved, second.publish_texts) == ("https://contoh.invalid/rekaman-2", "2024-11-22",
                                                                    "True")  # fmt: skip
    assert articles.loc["page.html"].url == "https://contoh.invalid/halaman"  # the page's canonical link
    for row in articles.itertuples():
        digest = hashlib.sha256(texts[row.article_id].encode("utf-8")).hexdigest()
        assert row.content_sha256 == digest and row.article_id == digest[:16]


def test_an_unreadable_file_keeps_what_the_manifest_says_of_it(tmp_path):
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    sources = parse_sources("file,url\nkosong.txt,https://contoh.invalid/kosong\n", Path("SOURCES.csv"))
    (document,) = read_entry(tmp_path, "kosong.txt", sources=sources)
    assert (document.status, document.url) == ("unreadable", "https://contoh.invalid/kosong")


def _analysed(nlp, text: str, dateline: str = ""):
    doc = nlp.make_doc(text)
    doc.user_data[META] = {"dateline": dateline, "published": "", "title_end": 0}
    remember_text(doc, text)
    doc = nlp(doc)
    return doc, doc.user_data[PROFILE]["mentions"]


def test_the_region_source_says_how_directly_the_text_places_a_figure(nlp):
    text = (
        "Rekap Netralitas ASN Pilkada 2024\n\n"
        "DEPOK - Bawaslu merilis rekap dugaan pelanggaran netralitas ASN pada Pilkada 2024.\n\n"
        "Kabupaten Garut:\n\n"
        "Sebanyak 6 ASN dilaporkan karena mengunggah dukungan di media sosial.\n\n"
        "Di Kota Cimahi tercatat 2 ASN dilaporkan.\n\n"
        "Ketua Bawaslu menyebut 5 ASN lain masih diperiksa.\n"
    )
    doc, mentions = _analysed(nlp, text, dateline="DEPOK")
    codes = {text[m[0] : m[1]]: m[2] for m in mentions}
    garut, cimahi, depok = codes["Kabupaten Garut"], codes["Kota Cimahi"], codes["DEPOK"]
    assert region_source(doc, mentions, garut, text.index("6 ASN")) == "list_heading"
    assert region_source(doc, mentions, cimahi, text.index("2 ASN")) == "sentence"
    assert region_source(doc, mentions, depok, text.index("5 ASN")) == "dateline"
    assert region_source(doc, mentions, cimahi, text.index("5 ASN")) == "article"
    assert region_source(doc, mentions, "", text.index("5 ASN")) == ""


def test_extracted_facts_say_where_their_region_came_from(analyse):
    result = analyse(ARTICLE, title="Bawaslu Catat Pelanggaran Netralitas ASN", dateline="BOGOR")
    sources = {fact["value"]: fact["region_source"] for fact in result.facts}
    assert sources == {7: "sentence", 3: "article"}


def test_the_panel_counts_the_figures_resting_on_a_region_named_in_their_sentence(tmp_path):
    from analysis.aggregate import aggregate
    from analysis.tables import read_table

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run_extraction(corpus, tmp_path / "out")
    result = aggregate(read_table(tmp_path / "out", "articles"), read_table(tmp_path / "out", "facts"))
    (row,) = result.panel.to_dict("records")
    assert (row["violations_reported"], row["violations_proven"]) == (7, 3)
    assert (row["n_figures"], row["n_figures_region_in_sentence"]) == (2, 1)
    by_value = dict(zip(result.evidence["value"], result.evidence["region_sources"], strict=True))
    assert by_value == {7: "sentence", 3: "article"}
