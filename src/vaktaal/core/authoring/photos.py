"""An author's own photo as a pictogram: upright, cropped, at most 1024 px, without metadata.

A phone photo carries its place (GPS), the phone's make and the time it was taken; none of
that may end up in a deck that is shared. The photo is decoded and written anew as a JPEG
from its pixels only, so no metadata survives.
"""

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from vaktaal.core.authoring.editing import slug
from vaktaal.core.i18n import _

MAX_SIDE = 1024
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 60_000_000  # about 9000 x 6700: more than any phone; a bigger image is refused
JPEG_QUALITY = 82

Box = tuple[float, float, float, float]  # left, top, right, bottom as parts (0..1) of the photo
SQUARE = "square"


class PhotoProblem(Exception):
    """The file cannot be used as a photo; the message says why and what to do."""


@dataclass(frozen=True)
class Photo:
    data: bytes  # JPEG
    width: int
    height: int

    def deck_path(self, name: str) -> str:
        """A path inside the deck, unique for this photo: media/<name>-<hash>.jpg."""
        digest = hashlib.sha256(self.data).hexdigest()[:10]
        return f"media/{slug(name) or 'foto'}-{digest}.jpg"


def prepare_photo(data: bytes, crop: Box | str | None = SQUARE) -> Photo:
    """The photo upright, cropped (`SQUARE`: the middle square; a Box; None: all of it),
    scaled down to at most 1024 px and stored as a compact JPEG without any metadata."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    image = _open(data)
    upright = ImageOps.exif_transpose(image)
    cropped = upright.crop(_crop_box(upright.size, crop))
    cropped.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return _as_jpeg(cropped)


def prepare_photo_file(path: Path, crop: Box | str | None = SQUARE) -> Photo:
    """`prepare_photo` for a file; a file that is too big is refused before it is read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _too_large()
        data = path.read_bytes()
    except OSError:
        raise PhotoProblem(_("Deze foto kan niet gelezen worden. Kies een andere foto.")) from None
    return prepare_photo(data, crop)


def _too_large() -> PhotoProblem:
    return PhotoProblem(_("Deze foto is groter dan 50 MB. Kies een kleinere foto."))


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            _refuse_huge(image.size)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_big() from None
    except UnidentifiedImageError:
        raise PhotoProblem(
            _("Dit bestand is geen foto. Kies een foto (JPEG, PNG of WebP).")
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise PhotoProblem(
            _("Deze foto is kapot of niet helemaal. Maak de foto opnieuw of kies een andere.")
        ) from None
    return image


def _refuse_huge(size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_PIXELS:
        raise _too_big()


def _too_big() -> PhotoProblem:
    return PhotoProblem(
        _("Deze foto heeft veel te veel beeldpunten. Maak hem kleiner of kies een andere foto.")
    )


def _crop_box(size: tuple[int, int], crop: Box | str | None) -> tuple[int, int, int, int]:
    width, height = size
    if crop is None:
        return (0, 0, width, height)
    if isinstance(crop, str):  # SQUARE: the middle square
        side = min(width, height)
        x, y = (width - side) // 2, (height - side) // 2
        return (x, y, x + side, y + side)
    left, top, right, bottom = (min(max(part, 0.0), 1.0) for part in crop)
    box = (round(left * width), round(top * height), round(right * width), round(bottom * height))
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return (0, 0, width, height)
    return box


def _as_jpeg(image: Image.Image) -> Photo:
    if image.mode in ("RGBA", "LA", "P"):
        image = _on_white(image.convert("RGBA"))
    rgb = image.convert("RGB")
    clean = rgb.copy()
    clean.info.clear()  # no EXIF, ICC, XMP or comments from the original file
    buffer = io.BytesIO()
    clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return Photo(buffer.getvalue(), clean.width, clean.height)


def _on_white(image: Image.Image) -> Image.Image:
    background = Image.new("RGBA", image.size, (255, 255, 255, 255))
    background.alpha_composite(image)
    return background
