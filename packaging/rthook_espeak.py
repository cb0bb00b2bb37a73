"""Runtime hook of the desktop build: the bundled espeak-ng comes first on the PATH, with
its own data (vaktaal.speech finds espeak-ng with shutil.which); and on Linux, programs
the app starts get the PC's library path, not the build's (PyInstaller sets it for the
app itself: the PC's pg_dump or PDF viewer could load the build's libraries and fail)."""

import os
import sys

_folder = os.path.join(getattr(sys, "_MEIPASS", ""), "espeak-ng")
_program = "espeak-ng.exe" if sys.platform == "win32" else "espeak-ng"
if os.path.isfile(os.path.join(_folder, _program)):
    os.environ["PATH"] = _folder + os.pathsep + os.environ.get("PATH", "")
    os.environ["ESPEAK_DATA_PATH"] = _folder  # espeak-ng reads <this>/espeak-ng-data
if sys.platform.startswith("linux") and "LD_LIBRARY_PATH" in os.environ:
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)  # None: there was none
    if _original is None:
        del os.environ["LD_LIBRARY_PATH"]
    else:
        os.environ["LD_LIBRARY_PATH"] = _original
