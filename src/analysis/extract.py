"""Extraction stage: documents in, the contract's articles / facts / entities tables out.

`analyse_documents` is the pure core (documents -> rows); `run_extraction` is the edge that reads a
corpus folder and writes the tables.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from analysis.ingest.document import Document
from analysis.nlp.components import get_norm
from analysis.nlp.facts import FACTS
from analysis.nlp.gazetteer import load_gazetteer
from analysis.nlp.profile import META, PROFILE
from analysis.schemas import ARTICLES, ENTITIES, FACTS as FACTS_SPEC, TEXTS
from analysis.tables import write_table


class ExtractionError(RuntimeError):
    """Extraction could not run at all (missing corpus, unwritable output)."""


@dataclass
class ArticleResult:
    """Everything extraction knows of one input document."""

    article: dict
    facts: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    text: str | None = None  # cleaned text of readable, non-duplicate articles


def _region_names(codes: list[str]) -> list[str]:
    gaz = load_gazetteer()
    return [gaz.name(c) for c in codes]


def _article_row(document: Document, profile: dict | None) -> dict:
    row = {
        "article_id": document.article_id or None,
        "source_file": document.source_file,
        "status": document.status,
        "skip_reason": document.skip_reason or None,
        "title": document.title or None,
        "outlet": document.outlet or None,
        "published": document.published or None,
        "dateline": document.dateline or None,
        "region_codes": None,
        "region_names": None,
        "election_type": None,
        "election_year": None,
        "violation_types": None,
    }
    if profile:
        codes = profile["region_codes"]
        row.update(
            region_codes=";".join(codes) or None,
            region_names=";".join(_region_names(codes)) or None,
            election_type=profile["election_type"],
            election_year=profile["election_year"],
            violation_types=";".join(profile["violation_types"]) or None,
        )
    return row


def _entity_rows(doc: Doc, article_id: str, profile: dict) -> list[dict]:
    resolved = {(s, e): code for s, e, code, _ in profile.get("mentions", [])}
    rows = []
    for ent in doc.ents:
        if ent.label_ == "REGION":
            normalized = resolved.get((ent.start_char, ent.end_char), "")
        elif ent.label_ in ("ORG", "ROLE"):
            normalized = ent.ent_id_
        elif ent.label_ == "PERSON":
            normalized = ent.text
        else:
            normalized = get_norm(doc, ent)
        rows.append({
            "article_id": article_id, "label": ent.label_, "text": ent.text,
            "normalized": normalized or None, "start_char": ent.start_char, "end_char": ent.end_char,
        })
    return rows


def _fact_rows(doc: Doc, document: Document) -> list[dict]:
    gaz = load_gazetteer()
    rows = []
    for fact in doc.user_data.get(FACTS, []):
        code = fact["region_code"]
        rows.append({
            "article_id": document.article_id,
            "source_file": document.source_file,
            "fact_type": fact["fact_type"],
            "unit": fact["unit"] or None,
            "value": fact["value"],
            "scope": fact["scope"],
            "region_code": code or None,
            "region_name": gaz.name(code) if code else None,
            "status": fact["status"] or None,
            "election_type": fact["election_type"],
            "election_year": fact["election_year"],
            "sentence": fact["sentence"],
            "start_char": fact["start_char"],
            "end_char": fact["end_char"],
        })
    return rows


def _title_end(document: Document) -> int:
    return len(document.title) if document.title and document.text.startswith(document.title) else 0


def analyse_documents(documents: Iterable[Document], nlp: Language, *, batch_size: int = 64,
                      n_process: int = 1) -> Iterator[ArticleResult]:
    """Run the pipeline over readable documents; every document yields one result, in input order."""

    # spaCy drops a document whose component failed (the pipeline's error handler records the error and
    # goes on); `pending` keeps the input order so such a document still gets its row.
    pending: deque[Document] = deque()

    def spacy_inputs(docs: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        for document in docs:
            pending.append(document)
            if document.status == "ok":
                doc = nlp.make_doc(document.text)
                doc.user_data[META] = {"dateline": document.dateline, "published": document.published,
                                       "title_end": _title_end(document)}
            else:
                doc = nlp.make_doc("")  # placeholder keeps the order; not analysed
            yield doc, document

    def failed(document: Document, reason: str) -> ArticleResult:
        document = replace(document, status="unreadable", skip_reason=f"analysis_error: {reason}"[:300])
        return ArticleResult(article=_article_row(document, None))

    for doc, document in nlp.pipe(spacy_inputs(documents), as_tuples=True, batch_size=batch_size,
                                  n_process=n_process):
        # identity does not survive worker processes; source_file is unique per document
        while pending and pending[0].source_file != document.source_file:
            yield failed(pending.popleft(), "a pipeline component failed on this document")
        if pending:
            pending.popleft()
        if document.status != "ok":
            yield ArticleResult(article=_article_row(document, None))
            continue
        if PROFILE not in doc.user_data or FACTS not in doc.user_data:
            yield failed(document, "incomplete analysis")
            continue
        profile = doc.user_data[PROFILE]
        yield ArticleResult(
            article=_article_row(document, profile),
            facts=_fact_rows(doc, document),
            entities=_entity_rows(doc, document.article_id, profile),
            text=document.text,
        )
    while pending:
        yield failed(pending.popleft(), "a pipeline component failed on this document")


def results_to_tables(results: Iterable[ArticleResult]) -> dict[str, pd.DataFrame]:
    """Collect results into the contract tables, in a stable order."""
    articles, facts, entities, texts = [], [], [], []
    for result in results:
        articles.append(result.article)
        facts.extend(result.facts)
        entities.extend(result.entities)
        if result.text is not None:
            texts.append({"article_id": result.article["article_id"], "text": result.text})
    tables = {
        "articles": pd.DataFrame(articles, columns=ARTICLES.columns),
        "facts": pd.DataFrame(facts, columns=FACTS_SPEC.columns),
        "entities": pd.DataFrame(entities, columns=ENTITIES.columns),
        "texts": pd.DataFrame(texts, columns=TEXTS.columns),
    }
    tables["facts"] = tables["facts"].sort_values(["source_file", "start_char", "fact_type"], kind="stable")
    tables["entities"] = tables["entities"].sort_values(["article_id", "start_char", "label"], kind="stable")
    tables["entities"] = tables["entities"].drop_duplicates(["article_id", "label", "start_char", "end_char"])
    return tables


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> None:
    specs = {"articles": ARTICLES, "facts": FACTS_SPEC, "entities": ENTITIES, "texts": TEXTS}
    for name, df in tables.items():
        write_table(df, out, name, specs[name], parquet=True)


def run_extraction(corpus: Path, out: Path, *, max_file_bytes: int = 5_000_000, n_process: int = 1,
                   batch_size: int = 64, engine: str = "local", scheduler: str | None = None,
                   progress: bool = False) -> dict[str, int]:
    """Read every article under `corpus`, write articles/facts/entities/texts into `out`; return counts."""
    from analysis.ingest import iter_documents
    from analysis.nlp.pipeline import get_pipeline

    corpus = Path(corpus)
    if not corpus.is_dir():
        raise ExtractionError(f"{corpus}: corpus folder not found")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ExtractionError(f"{out}: output folder is not writable ({exc.strerror})") from None
    if engine == "dask":
        from analysis.distributed import extract_with_dask

        tables = extract_with_dask(corpus, scheduler=scheduler, max_file_bytes=max_file_bytes,
                                   batch_size=batch_size)
    else:
        documents = iter_documents(corpus, max_file_bytes=max_file_bytes)
        results = analyse_documents(documents, get_pipeline(), batch_size=batch_size, n_process=n_process)
        if progress:
            from tqdm import tqdm

            results = tqdm(results, desc="extract", unit="doc", mininterval=1.0)
        tables = results_to_tables(results)
    write_tables(tables, out)
    status = tables["articles"]["status"].value_counts()
    return {
        "documents": len(tables["articles"]),
        "ok": int(status.get("ok", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "unreadable": int(status.get("unreadable", 0)),
        "facts": len(tables["facts"]),
        "entities": len(tables["entities"]),
    }
