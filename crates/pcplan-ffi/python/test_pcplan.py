"""Tests of the ctypes wrapper. Run from the repository root with PCPLAN_LIB set to the built library:

    PCPLAN_LIB=target/debug/libpcplan.so python3 -m unittest crates/pcplan-ffi/python/test_pcplan.py
"""

import json
import os
import sys
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pcplan  # noqa: E402
from pcplan import Engine, PcplanError  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
with open(os.path.join(ROOT, "examples", "plans", "hcbs-en-marcus.json"), encoding="utf-8") as f:
    MARCUS = f.read()


class PcplanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = Engine()

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()

    def test_version_and_schema(self):
        self.assertRegex(pcplan.version(), r"^\d+\.\d+\.\d+")
        self.assertIsInstance(pcplan.json_schema(), dict)

    def test_validate(self):
        report = self.engine.validate(MARCUS, "2026-11-25")
        self.assertEqual(report["evaluatedOn"], "2026-11-25")
        self.assertIn("hcbs", report["profiles"])
        self.assertIsInstance(report["findings"], list)
        report = self.engine.validate(json.loads(MARCUS), "2026-11-25", lang="es", profiles=["core", "calaim-ecm"])
        self.assertEqual(report["profiles"], ["core", "calaim-ecm"])

    def test_a_plan_read_once_serves_every_call(self):
        with pcplan.Plan(MARCUS) as plan:
            self.assertEqual(self.engine.validate(plan, "2026-11-25"), self.engine.validate(MARCUS, "2026-11-25"))
            self.assertEqual(self.engine.render(plan, "md"), self.engine.render(MARCUS, "md"))
            self.assertEqual(self.engine.fhir_export(plan), self.engine.fhir_export(MARCUS))
            self.assertEqual(plan.to_dict()["id"], json.loads(MARCUS)["id"])
        with self.assertRaises(ValueError):
            plan.to_dict()
        with self.assertRaises(PcplanError) as cm:
            pcplan.Plan(MARCUS[:40])
        self.assertEqual((cm.exception.code, cm.exception.kind, cm.exception.path), (pcplan.INVALID_JSON, "syntax", None))

    def test_render(self):
        self.assertTrue(self.engine.render(MARCUS, "pdf").startswith(b"%PDF"))
        html = self.engine.render(MARCUS.encode(), "html", lang="es", large_print=True).decode()
        self.assertIn('lang="es"', html)
        self.assertIn("# ", self.engine.render(MARCUS, "md").decode())

    def test_render_for_a_recipient(self):
        with open(os.path.join(ROOT, "crates", "pcplan", "tests", "fixtures", "copies.json"), encoding="utf-8") as f:
            copies = f.read()
        self.assertNotIn("violent home", self.engine.render(copies, "md", recipient="rcp-clinic").decode())
        self.assertIn("violent home", self.engine.render(copies, "md", recipient="rcp-counselor").decode())
        with self.assertRaises(PcplanError) as caught:
            self.engine.render(copies, "md", recipient="rcp-nobody")
        self.assertEqual(caught.exception.kind, "recipient")

    def test_render_warnings(self):
        doc, warnings = self.engine.render_with_warnings(MARCUS, "md", lang="hmn")
        self.assertIn(b"# ", doc)
        codes = [w["code"] for w in warnings]
        self.assertIn("translation-not-reviewed", codes)
        self.assertTrue(all(w["path"].startswith("/") for w in warnings if w["code"] == "text-not-in-document-language"))

    def test_errors_carry_code_kind_and_path(self):
        with self.assertRaises(PcplanError) as cm:
            self.engine.validate(MARCUS[: len(MARCUS) // 2], "2026-11-25")
        self.assertEqual((cm.exception.code, cm.exception.kind), (pcplan.INVALID_JSON, "syntax"))

        plan = json.loads(MARCUS)
        plan["person"]["language"]["written"] = "SECRET not a tag"
        with self.assertRaises(PcplanError) as cm:
            self.engine.render(plan, "md")
        self.assertEqual(cm.exception.code, pcplan.INVALID_PLAN)
        self.assertEqual(cm.exception.path, "/person/language/written")
        self.assertNotIn("SECRET", str(cm.exception))

        with self.assertRaises(PcplanError) as cm:
            self.engine.validate(b'{"id": "\xff"}', "2026-11-25")
        self.assertEqual(cm.exception.code, pcplan.INVALID_UTF8)

        for call, kind in [
            (lambda: self.engine.validate(MARCUS, "2026-02-30"), "date"),
            (lambda: self.engine.validate(MARCUS, "2026-11-25", profiles="hcbs,nope"), "profile"),
            (lambda: self.engine.validate(MARCUS, "2026-11-25", lang="not a tag!"), "language"),
            (lambda: self.engine.render(MARCUS, "docx"), "format"),
        ]:
            with self.assertRaises(PcplanError) as cm:
                call()
            self.assertEqual((cm.exception.code, cm.exception.kind), (pcplan.INVALID_ARGUMENT, kind))

        with self.assertRaises(PcplanError) as cm:
            self.engine.render(MARCUS, "md", lang="tlh", strict=True)
        self.assertEqual(cm.exception.code, pcplan.STRICT_REFUSED)

    def test_fhir_round_trip(self):
        bundle = self.engine.fhir_export(MARCUS)
        self.assertEqual(json.loads(bundle)["resourceType"], "Bundle")
        self.assertEqual(bundle, self.engine.fhir_export(json.loads(MARCUS)))
        plan, unmapped = pcplan.fhir_import(bundle)
        self.assertEqual(unmapped, [])
        # The example is a version-1 file: the import gives the plan as the library reads it (migrated).
        self.assertEqual(plan, pcplan.Plan(MARCUS).to_dict())

        spanish = json.loads(self.engine.fhir_export(MARCUS, lang="es"))
        self.assertEqual(spanish["entry"][0]["resource"]["language"], "es")

    def test_fhir_import_reports_what_it_cannot_map(self):
        bundle = json.loads(self.engine.fhir_export(MARCUS))
        i = next(i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Patient")
        bundle["entry"][i]["resource"]["gender"] = "unknown"
        plan, unmapped = pcplan.fhir_import(bundle)
        self.assertIn({"path": f"Bundle.entry[{i}].resource.gender", "kind": "element",
                       "reason": "pcplan does not map this element"}, unmapped)
        self.assertEqual(plan["extensions"]["fhir"]["unmapped"][0]["value"], "unknown")

        with self.assertRaises(PcplanError) as cm:
            pcplan.fhir_import({"resourceType": "Bundle", "type": "collection"})
        self.assertEqual((cm.exception.code, cm.exception.kind, cm.exception.path),
                         (pcplan.INVALID_BUNDLE, "no-care-plan", "Bundle.entry"))
        with self.assertRaises(PcplanError) as cm:
            pcplan.fhir_import(b"x" * 100, max_bytes=10)
        self.assertEqual(cm.exception.kind, "too-large")
        with self.assertRaises(PcplanError) as cm:
            self.engine.fhir_export(MARCUS, recipient="nobody")
        self.assertEqual((cm.exception.code, cm.exception.kind), (pcplan.INVALID_ARGUMENT, "recipient"))

    def test_engine_setup_failure(self):
        with self.assertRaises(PcplanError) as cm:
            Engine(templates_dir=os.path.join(ROOT, "no-such-directory"))
        self.assertEqual(cm.exception.code, pcplan.ENGINE_SETUP_FAILED)

    def test_one_engine_many_threads(self):
        results, errors = [], []

        def work():
            try:
                results.append(self.engine.render(MARCUS, "html"))
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(set(results)), 1)


if __name__ == "__main__":
    unittest.main()
