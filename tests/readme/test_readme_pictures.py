"""Every picture the README shows is made by the command the README names (issue 17, item 4).

Taking the screenshots needs a screen and minutes, so this reads the scripts instead: the
README's screenshot command runs scripts/take_screenshots.py, which saves its own pictures
(also through screenshot_recording.py, part of its tour) and then runs OTHER_SCRIPTS; each
picture's name must be saved by one of them. Run the command itself to see the pictures.
"""

import ast
import re

from readme_blocks import ROOT, pictures, readme_text

SCRIPTS = ROOT / "scripts"
COMMAND = 'xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/take_screenshots.py'
# save(window, "name"), self.save("name"), save(app, host, f"name{suffix}"); or "name.png".
SAVED = re.compile(
    r"""save\(\s*(?:[\w.]+,\s*)*f?["']([\w-]+?)(?:\{suffix\})?["']|["']([\w-]+)\.png["']"""
)


def other_scripts() -> list[str]:
    """OTHER_SCRIPTS as take_screenshots.py lists them (read, not imported: it needs Qt)."""
    tree = ast.parse((SCRIPTS / "take_screenshots.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "OTHER_SCRIPTS":
            return list(ast.literal_eval(node.value))
    raise AssertionError("take_screenshots.py has no OTHER_SCRIPTS")


def saved_by(script: str) -> set[str]:
    found = SAVED.findall((SCRIPTS / script).read_text(encoding="utf-8"))
    return {call or literal for call, literal in found}


def made_by_the_command() -> dict[str, str]:
    made = {}
    for script in ["take_screenshots.py", "screenshot_recording.py", *other_scripts()]:
        made.update(dict.fromkeys(saved_by(script), script))
    return made


def test_the_readme_names_one_command_for_its_pictures():
    assert COMMAND in readme_text()


def test_every_readme_picture_is_made_by_that_command():
    shown = pictures(readme_text())
    assert len(shown) >= 30, "the README's pictures were not found"
    made = made_by_the_command()
    missing = [name for name in shown if name not in made]
    assert not missing, f"no script of `{COMMAND}` makes {missing}"
    for name in shown:
        assert (ROOT / "docs" / "screenshots" / f"{name}.png").is_file(), name


def test_the_names_found_are_the_saved_ones():
    """The reading of the scripts finds what they save, and not every word in them."""
    assert {"01-picker", "13-speak-verdict", "32-recall-1024x600-largest-text"} <= saved_by(
        "take_screenshots.py"
    )
    assert saved_by("screenshot_dashboard.py") == {
        "42-dashboard", "43-learner-page", "43-learner-page-notes",
    }  # fmt: skip
    assert "14-own-recording" in saved_by("screenshot_recording.py")
    assert {"45-learner-management", "46-delete-confirmation"} <= saved_by("screenshot_learners.py")
    assert "Noor" not in saved_by("take_screenshots.py")
