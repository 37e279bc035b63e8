"""Scale-out of extraction: streamed tables are the same bytes whatever the batches, processes or engine;
the synthetic corpus states known facts that extraction finds."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract_documents import analyse_corpus, analyse_documents
from analysis.extract_tables import TABLE_SPECS, results_to_tables, write_chunks, write_results, write_tables
from analysis.ingest.document import Document, article_id_for
from analysis.nlp.numbers import parse_number
from analysis.schemas import FACTS
from analysis.simulate.articles import SYNTHETIC_MARK, number_words, simulate_articles, truth_tables, write_corpus
from analysis.tables import write_table
from analysis.tables.formats import arrow_schema
from analysis.tables.stream import TableWriter, render_table
from analysis.tables.values import contract_values, csv_lines, frame_from_values, with_contract_types

FACT_KEY = [
    "source_file",
    "fact_type",
    "value",
    "unit",
    "status",
    "scope",
    "region_code",
    "election_type",
    "election_year",
]
TABLE_FILES = [f"{name}.{ext}" for name in TABLE_SPECS for ext in ("csv", "parquet")]


def _documents(n: int, seed: int = 11) -> list[Document]:
    """Synthetic articles as ingest hands them over, plus an unreadable file and a duplicate."""
    docs = [
        Document(
            source_file=a.source_file, text=a.text, article_id=article_id_for(a.text), title=a.text.split("\n", 1)[0]
        )
        for a in simulate_articles(n, seed=seed)
    ]
    docs.insert(2, Document(source_file="part-0000/rusak.bin", status="unreadable", skip_reason="binary"))
    docs.insert(
        5,
        Document(
            source_file="part-0000/salinan.txt",
            status="duplicate",
            article_id=docs[0].article_id,
            skip_reason="duplicate",
            skip_detail=f"same text as {docs[0].source_file}",
        ),
    )
    return docs


def _same_files(a: Path, b: Path) -> list[str]:
    """Names of the table files that differ between two output folders."""
    return [name for name in TABLE_FILES if not filecmp.cmp(a / name, b / name, shallow=False)]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return _documents(60)


@pytest.fixture(scope="module")
def reference(tmp_path_factory, documents, nlp) -> Path:
    """Tables of the plain run: one process, default batch size, streamed."""
    out = tmp_path_factory.mktemp("reference")
    write_results(analyse_documents(documents, nlp), out)
    return out


# --- the streaming writer -----------------------------------------------------------------------------------

FACT_ROWS = [
    {
        "article_id": "a" * 16,
        "source_file": f"f{i}.txt",
        "fact_type": "violation_count",
        "unit": None if i % 3 else "cases",
        "value": i * 7,
        "scope": "regional",
        "region_code": None if i < 6 else "32.01",
        "region_name": None if i < 6 else "Kabupaten Bogor",
        "status": None if i < 6 else "reported",
        "election_type": "pilkada",
        # all empty in the first chunks, set later: a nullable integer column must format the same either way
        "election_year": None if i < 6 else 2024,
        "sentence": f'Kalimat, "berkutip" {i}.\nBaris baru.',
        "start_char": i,
        "end_char": i + 5,
    }
    for i in range(17)
]


@pytest.mark.parametrize("chunk", [1, 4, 6, 17])
@pytest.mark.parametrize("row_group_rows", [5, 10_000])
@pytest.mark.parametrize("how", ["rows", "rendered", "both"])
def test_streamed_table_has_the_bytes_of_the_whole_table(tmp_path, chunk, row_group_rows, how):
    """Rows given as dicts or formatted by a worker (render_table), in any split, make the same files."""
    writer = TableWriter(tmp_path, FACTS, row_group_rows=row_group_rows)
    for n, start in enumerate(range(0, len(FACT_ROWS), chunk)):
        part = FACT_ROWS[start : start + chunk]
        if how == "rows" or (how == "both" and n % 2):
            writer.write(part)
        else:
            writer.write_rendered(render_table(part, FACTS))
    writer.close()

    whole = pd.DataFrame(FACT_ROWS, columns=FACTS.columns)
    write_table(whole, tmp_path / "whole", "facts", FACTS, parquet=False)
    assert (tmp_path / "facts.csv").read_bytes() == (tmp_path / "whole" / "facts.csv").read_bytes()

    table = pa.Table.from_pandas(with_contract_types(whole, FACTS), schema=arrow_schema(FACTS), preserve_index=False)
    pq.write_table(
        table.replace_schema_metadata(None),
        tmp_path / "whole.parquet",
        compression="zstd",
        row_group_size=row_group_rows,
    )
    assert (tmp_path / "facts.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "facts.parquet").metadata.num_row_groups == -(-len(FACT_ROWS) // row_group_rows)


def test_parquet_types_come_from_the_spec_not_the_data(tmp_path):
    writer = TableWriter(tmp_path, FACTS)
    writer.write(FACT_ROWS[:3])  # region_code, status, election_year all empty
    writer.close()
    schema = pq.read_schema(tmp_path / "facts.parquet")
    assert schema.field("region_code").type == pa.string()
    assert schema.field("election_year").type == pa.int64()
    assert schema.metadata is None


def test_an_empty_table_still_has_its_header(tmp_path):
    writer = TableWriter(tmp_path, FACTS)
    writer.close()
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == ",".join(FACTS.columns) + "\n"
    assert pq.read_table(tmp_path / "facts.parquet").num_rows == 0


def test_a_failed_run_leaves_no_tables_behind(tmp_path, documents, nlp):
    def results():
        yield from analyse_documents(documents[:3], nlp)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_results(results(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_in_memory_tables_are_written_with_the_same_bytes(tmp_path, documents, nlp, reference):
    tables = results_to_tables(analyse_documents(documents, nlp, batch_size=7))
    write_tables(tables, tmp_path)
    assert _same_files(reference, tmp_path) == []
    # and the CSVs are those of the project's plain table writer, which knows nothing of streaming
    for name, df in tables.items():
        write_table(df, tmp_path / "plain", name, TABLE_SPECS[name], parquet=False)
        assert (tmp_path / "plain" / f"{name}.csv").read_bytes() == (reference / f"{name}.csv").read_bytes(), name


# --- batches, processes, engines ----------------------------------------------------------------------------


@pytest.mark.parametrize("batch_size, n_process", [(1, 1), (7, 1), (5, 2), (64, 2)])
def test_tables_do_not_depend_on_batches_or_processes(tmp_path, documents, nlp, reference, batch_size, n_process):
    counts = write_results(analyse_documents(documents, nlp, batch_size=batch_size, n_process=n_process), tmp_path)
    assert counts["documents"] == len(documents) and counts["unreadable"] == 1 and counts["duplicate"] == 1
    assert _same_files(reference, tmp_path) == []


def test_rows_follow_document_order_then_offsets(reference, documents):
    articles = pd.read_csv(reference / "articles.csv", dtype=str)
    assert articles["source_file"].tolist() == [d.source_file for d in documents]
    facts = pd.read_csv(reference / "facts.csv", dtype={"start_char": int})
    order = {d.source_file: i for i, d in enumerate(documents)}
    keys = list(zip(facts["source_file"].map(order), facts["start_char"], strict=True))
    assert keys == sorted(keys)


def test_a_failing_document_keeps_its_row_on_worker_processes(nlp, monkeypatch):
    import analysis.nlp.facts as facts_module

    real = facts_module.extract_facts

    def explode(doc):
        if "meledak" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(facts_module, "extract_facts", explode)
    docs = _documents(4)
    docs[3] = Document(source_file="x.txt", text="Teks ini meledak.", article_id=article_id_for("Teks ini meledak."))
    rows = [r.article for r in analyse_documents(docs, nlp, batch_size=2, n_process=2)]
    assert [r["source_file"] for r in rows] == [d.source_file for d in docs]
    assert rows[3]["status"] == "unreadable" and rows[3]["skip_reason"] == "analysis_error"


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    """A synthetic corpus on disk (three shard folders, duplicates, an empty file) and its true facts."""
    corpus = tmp_path_factory.mktemp("synthetic") / "corpus"
    truth = write_corpus(corpus, 90, seed=3, duplicate_rate=0.1, shard_size=40)
    (corpus / "part-0001" / "kosong.txt").write_text("", encoding="utf-8")
    return corpus, truth["facts"]


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, synthetic_corpus) -> tuple[Path, dict]:
    from analysis.extract import run_extraction

    out = tmp_path_factory.mktemp("local")
    return out, run_extraction(synthetic_corpus[0], out, batch_size=8)


def test_two_local_processes_write_the_same_files(tmp_path, synthetic_corpus, local_run):
    from analysis.extract import run_extraction

    counts = run_extraction(synthetic_corpus[0], tmp_path, batch_size=8, n_process=2)
    assert counts == local_run[1]
    assert _same_files(local_run[0], tmp_path) == []


def test_workers_reading_a_few_files_each_write_the_same_files(tmp_path, synthetic_corpus, local_run):
    """Tasks of two files: duplicates of a file in an earlier task are found by the main process, and the
    task that held one has its rows formatted again without the duplicate's facts, entities and text."""
    from analysis.nlp.pipeline import get_pipeline

    chunks = analyse_corpus(
        synthetic_corpus[0], get_pipeline(), max_file_bytes=5_000_000, batch_size=8, n_process=2, files_per_task=2
    )
    assert write_chunks(chunks, tmp_path) == local_run[1]
    assert _same_files(local_run[0], tmp_path) == []


@pytest.mark.slow
def test_dask_cluster_gives_the_local_tables(tmp_path, synthetic_corpus, local_run):
    distributed = pytest.importorskip("distributed")
    from analysis.extract import run_extraction

    local_out, local = local_run
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = run_extraction(
            synthetic_corpus[0], tmp_path, engine="dask", scheduler=cluster.scheduler_address, batch_size=8
        )
    assert local == on_dask and local["duplicate"] > 0 and local["unreadable"] == 1
    assert _same_files(local_out, tmp_path) == []


def _fact_keys(df: pd.DataFrame) -> set[tuple]:
    df = df[FACT_KEY].astype(object)
    return set(map(tuple, df.where(df.notna(), None).values.tolist()))


def _precision_recall(expected: set, got: set) -> tuple[float, float]:
    return len(expected & got) / max(1, len(got)), len(expected & got) / max(1, len(expected))


def test_synthetic_facts_are_found_through_ingest(synthetic_corpus, local_run):
    """From files on disk: ingest's cleaning keeps the fact sentences and duplicates state nothing twice."""
    from analysis.schemas import FACTS as FACTS_SPEC
    from analysis.tables import read_table

    found = read_table(local_run[0], "facts", FACTS_SPEC)
    expected, got = _fact_keys(synthetic_corpus[1]), _fact_keys(found)
    precision, recall = _precision_recall(expected, got)
    print(f"synthetic facts through ingest: precision {precision:.3f}, recall {recall:.3f}")
    assert len(expected) > 100
    assert precision >= 0.95 and recall >= 0.95, (sorted(expected - got)[:5], sorted(got - expected)[:5])


def test_progress_bar_shows_counts_and_rate(tmp_path, capsys):
    from analysis.extract import run_extraction

    write_corpus(tmp_path / "corpus", 3, seed=1)
    run_extraction(tmp_path / "corpus", tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert "3doc" in err and "doc/s" in err


# --- the synthetic corpus -----------------------------------------------------------------------------------


def test_number_words_read_back():
    assert [number_words(n) for n in (0, 11, 15, 40, 101, 999)] == [
        "nol",
        "sebelas",
        "lima belas",
        "empat puluh",
        "seratus satu",
        "sembilan ratus sembilan puluh sembilan",
    ]
    assert all(parse_number(number_words(n)) == n for n in range(1000))


def test_synthetic_corpus_is_marked_and_sharded(tmp_path):
    truth = write_corpus(tmp_path, 25, seed=4, duplicate_rate=0.2, shard_size=10)
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.txt"))
    assert files == truth["articles"]["source_file"].tolist()
    assert {f.split("/")[0] for f in files} == {"part-0000", "part-0001", "part-0002"}
    assert truth["articles"]["synthetic"].all()
    for path in tmp_path.rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith(SYNTHETIC_MARK) and "bukan berita nyata" in text
    duplicates = truth["articles"].dropna(subset=["duplicate_of"])
    assert len(duplicates) > 0
    assert not truth["facts"]["source_file"].isin(duplicates["source_file"]).any()
    assert list(truth["facts"].columns) == FACT_KEY


def test_extraction_finds_the_synthetic_facts(nlp):
    articles = list(simulate_articles(150, seed=21))
    truth = truth_tables(articles)["facts"]
    docs = [
        Document(
            source_file=a.source_file, text=a.text, article_id=article_id_for(a.text), title=a.text.split("\n", 1)[0]
        )
        for a in articles
    ]
    found = results_to_tables(analyse_documents(docs, nlp))["facts"]
    expected, got = _fact_keys(truth), _fact_keys(found)
    precision, recall = _precision_recall(expected, got)
    print(f"synthetic facts: precision {precision:.3f}, recall {recall:.3f} ({len(expected)} stated)")
    assert len(expected) > 200
    assert precision >= 0.95 and recall >= 0.95, (sorted(expected - got)[:5], sorted(got - expected)[:5])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.none() | st.text(alphabet=st.sampled_from("ab ,\"'\r\n\t;é“")),
            st.none() | st.integers(min_value=0, max_value=10**12),
        ),
        max_size=6,
    )
)
def test_csv_lines_are_the_bytes_pandas_writes(values):
    """Worker-formatted CSV lines (csv module) and pandas' to_csv agree on quotes, separators, line breaks,
    empty strings and nulls."""
    rows = [
        dict(FACT_ROWS[0], sentence=text, region_name=text, value=number, election_year=number)
        for text, number in values
    ]
    columns = contract_values(rows, FACTS)
    by_pandas = frame_from_values(columns, FACTS).to_csv(None, header=False, index=False, lineterminator="\n")
    assert csv_lines(columns, FACTS) == (by_pandas if rows else "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.sampled_from("0aZ9"), min_size=1, max_size=4) | st.sampled_from(["", "a-b", "é"]),
            st.text(alphabet=st.sampled_from("ab ,\"'\r\n\t;é“\x00"), max_size=8).map(lambda t: t + "\n")
            | st.sampled_from(["", "a b", "x,y"]),
        ),
        max_size=6,
    )
)
def test_texts_lines_are_the_bytes_pandas_writes(values):
    """The texts table's lines, written directly when no text holds a character left to the csv module, are the csv
    module's (and pandas') bytes; other values take the csv module."""
    rows = [{"article_id": article_id, "text": text} for article_id, text in values]
    spec = TABLE_SPECS["texts"]
    columns = contract_values(rows, spec)
    by_pandas = frame_from_values(columns, spec).to_csv(None, header=False, index=False, lineterminator="\n")
    assert csv_lines(columns, spec) == (by_pandas if rows else "")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["REGION", "PERSON", "QUANTITY"]),
            st.text(alphabet=st.sampled_from("ab ,\"'\r\n\t;é“\x00"), max_size=5),
            st.none() | st.text(alphabet=st.sampled_from('a1 ,"\n'), max_size=4),
            st.integers(min_value=0, max_value=10**6),
        ),
        max_size=8,
    )
)
def test_entity_lines_are_the_bytes_pandas_writes(values):
    """Columns of strings and integers alone, written directly (strings with a comma, a quote or a line break in
    quotes, empty strings and nulls empty), are the csv module's (and pandas') bytes."""
    rows = [
        {"article_id": "a1", "label": label, "text": text, "normalized": norm, "start_char": at, "end_char": at + 1}
        for label, text, norm, at in values
    ]
    spec = TABLE_SPECS["entities"]
    columns = contract_values(rows, spec)
    by_pandas = frame_from_values(columns, spec).to_csv(None, header=False, index=False, lineterminator="\n")
    assert csv_lines(columns, spec) == (by_pandas if rows else "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.none() | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.78, 0.1 + 0.2, 1e-12]),
            st.none() | st.booleans(),
        ),
        max_size=6,
    )
)
def test_csv_lines_of_numbers_and_booleans_are_the_bytes_pandas_writes(values):
    """Numbers (facts.confidence) and booleans (articles.publish_texts), nulls among them, as `write_table`
    writes them: numbers with its float format."""
    facts = [dict(FACT_ROWS[0], confidence=number) for number, _ in values]
    articles = [{"article_id": "a" * 16, "status": "ok", "publish_texts": flag} for _, flag in values]
    for rows, spec in ((facts, TABLE_SPECS["facts"]), (articles, TABLE_SPECS["articles"])):
        columns = contract_values(rows, spec)
        by_pandas = frame_from_values(columns, spec).to_csv(
            None, header=False, index=False, lineterminator="\n", float_format="%.10g"
        )
        assert csv_lines(columns, spec) == (by_pandas if rows else "")
