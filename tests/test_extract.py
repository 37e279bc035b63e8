"""The extraction stage's core: every document gives one result, bad ones included."""

from analysis.extract_documents import analyse_documents
from analysis.extract_tables import results_to_tables
from analysis.ingest.document import Document, article_id_for
from analysis.schemas import ARTICLES, ENTITIES, FACTS


def _doc(name: str, text: str, **kw) -> Document:
    return Document(source_file=name, text=text, article_id=article_id_for(text), **kw)


def test_every_document_yields_one_row_in_order(nlp):
    docs = [
        _doc("a.txt", "Bawaslu Kabupaten Bogor mencatat 12 kasus pelanggaran netralitas ASN pada Pilkada 2024."),
        Document(source_file="b.bin", status="unreadable", skip_reason="binary"),
        _doc("c.txt", "Teks kosong tentang cuaca."),
    ]
    tables = results_to_tables(analyse_documents(docs, nlp, batch_size=2))
    assert list(tables["articles"]["source_file"]) == ["a.txt", "b.bin", "c.txt"]
    assert list(tables["articles"].columns[: len(ARTICLES.columns)]) == ARTICLES.columns
    assert list(tables["facts"].columns[: len(FACTS.columns)]) == FACTS.columns
    assert list(tables["entities"].columns[: len(ENTITIES.columns)]) == ENTITIES.columns
    assert tables["facts"]["value"].tolist() == [12]
    assert tables["texts"]["article_id"].tolist() == [docs[0].article_id, docs[2].article_id]


def test_a_component_failure_marks_the_document_not_the_run(nlp, monkeypatch):
    import analysis.nlp.facts as facts_module

    def explode(doc):
        if "meledak" in doc.text:
            raise RuntimeError("boom")
        return []

    monkeypatch.setattr(facts_module, "extract_facts", explode)
    docs = [_doc("ok.txt", "ASN diminta netral."), _doc("bad.txt", "Teks ini meledak.")]
    rows = [r.article for r in analyse_documents(docs, nlp)]
    assert [r["status"] for r in rows] == ["ok", "unreadable"]
    assert rows[1]["skip_reason"] == "analysis_error" and rows[1]["skip_detail"]


def test_memory_zones_free_new_strings_and_change_no_result(nlp, monkeypatch):
    import analysis.extract_documents as extract_documents

    texts = [
        f"Bawaslu Kabupaten Bogor mencatat {n} kasus netralitas ASN oleh pegawai Zyx{n}qw pada Pilkada 2024."
        for n in range(1, 9)
    ]
    docs = [_doc(f"{n}.txt", t) for n, t in enumerate(texts)]
    plain = results_to_tables(analyse_documents(docs, nlp))
    monkeypatch.setattr(extract_documents, "MEMORY_ZONE_DOCUMENTS", 3)
    monkeypatch.setattr(extract_documents, "WARM_UP_DOCUMENTS", 0)
    monkeypatch.setattr(extract_documents, "_documents_seen", {})
    zoned = results_to_tables(
        analyse_documents([_doc(f"{n}.txt", t.replace("Zyx", "Qvw")) for n, t in enumerate(texts)], nlp)
    )
    for name, differ in (("articles", ["article_id"]), ("facts", ["article_id", "sentence"])):
        assert zoned[name].drop(columns=differ).equals(plain[name].drop(columns=differ)), name
    assert zoned["facts"]["value"].tolist() == list(range(1, 9))
    assert "Qvw1qw" not in nlp.vocab.strings  # the words only these texts had were freed with their zone
