"""Runs tests/scale with Debian's unittest and ends with one count line for scripts/test:
"scale: N passed, M failed". No test found, or any failure or error, exits 1."""
import os
import sys
import unittest


def main():
    # Dask's worker processes start by re-reading this file (spawn): nothing runs on import.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:0] = [here, os.path.join(here, "..", "..", "scripts")]
    suite = unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print(f"scale: {passed} passed, {failed} failed")
    return 0 if result.testsRun > 0 and failed == 0 and not result.skipped else 1


if __name__ == "__main__":
    sys.exit(main())
