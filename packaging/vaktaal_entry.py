"""The desktop build's program: `vaktaal` as installed by pip, plus the smoke-test probe
when VAKTAAL_SMOKE_TEST=1 (tests/desktop_build/test_desktop_build.py)."""

import gc
import os
import sys

from vaktaal.__main__ import main

if __name__ == "__main__":
    if os.environ.get("VAKTAAL_SMOKE_TEST") == "1":
        from vaktaal.ui.smoke_probe import watch_for_picker

        probe = watch_for_picker()
    code = main()
    # Free the app's cycles now: left to Python's shutdown, a collection that deletes Qt
    # objects crashed the process about 1 exit in 8 (exit code 139, here on Linux)
    gc.collect()
    sys.exit(code)
