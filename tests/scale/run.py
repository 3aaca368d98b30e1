"""Runs tests/scale with Debian's unittest and ends with one count line for scripts/test:
"scale: N passed, M failed". No test found, or any failure or error, exits 1."""
import os
import sys
import unittest


def main():
    # Dask's worker processes start by re-reading this file (spawn): nothing runs on import.
    here = os.path.dirname(os.path.abspath(__file__))
    paths = [here, os.path.normpath(os.path.join(here, "..", "..", "scripts"))]
    sys.path[:0] = paths
    # The command lines the tests start, and their workers, import claimscale too.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        paths + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else []))
    suite = unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print(f"scale: {passed} passed, {failed} failed")
    return 0 if result.testsRun > 0 and failed == 0 and not result.skipped else 1


if __name__ == "__main__":
    sys.exit(main())
