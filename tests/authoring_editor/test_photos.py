"""Own photos: upright, at most 1024 px, without any metadata; bad files get a Dutch message."""

import io

import pytest
from PIL import Image

from vaktaal.core.authoring.photos import MAX_SIDE, PhotoProblem, prepare_photo

ROTATE_90_CLOCKWISE = 6  # EXIF orientation: the camera was held upright


def phone_photo(size: tuple[int, int] = (3000, 2000)) -> bytes:
    """Left half red, right half blue, stored sideways with an EXIF rotation, GPS and a make."""
    image = Image.new("RGB", size, (220, 20, 20))
    image.paste((20, 20, 220), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x0112] = ROTATE_90_CLOCKWISE
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 30.0), 3: "E", 4: (4.0, 53.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), quality=95)
    return buffer.getvalue()


def test_a_phone_photo_is_made_upright_small_and_without_metadata():
    photo = prepare_photo(phone_photo(), crop=None)
    image = Image.open(io.BytesIO(photo.data))
    assert image.format == "JPEG"
    assert (image.width, image.height) == (photo.width, photo.height)
    assert image.height == MAX_SIDE and image.width < image.height  # sideways -> upright
    red, blue = image.getpixel((image.width // 2, 10)), image.getpixel((image.width // 2, 1000))
    assert red[0] > 150 > red[2] and blue[2] > 150 > blue[0]  # left half is now on top
    assert len(image.getexif()) == 0
    assert b"Exif" not in photo.data and b"PhoneMaker" not in photo.data
    assert len(photo.data) < len(phone_photo()) / 4


def test_the_square_crop_is_the_middle_of_the_photo():
    photo = prepare_photo(phone_photo((1200, 800)))
    assert photo.width == photo.height == 800


def test_a_crop_box_cuts_out_that_part():
    photo = prepare_photo(phone_photo((1000, 1000)), crop=(0.0, 0.0, 0.5, 0.25))
    assert (photo.width, photo.height) == (500, 250)


def test_a_truncated_photo_is_refused():
    data = phone_photo()
    with pytest.raises(PhotoProblem, match="kapot of niet helemaal"):
        prepare_photo(data[: len(data) // 2])


def test_a_file_that_is_no_image_is_refused():
    with pytest.raises(PhotoProblem, match="geen foto"):
        prepare_photo(b"%PDF-1.4 dit is geen foto")


def test_a_decompression_bomb_is_refused_before_it_is_unpacked():
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, format="PNG")  # 400 megapixels in ~50 kB
    assert len(bomb.getvalue()) < 200_000
    with pytest.raises(PhotoProblem, match="te veel beeldpunten"):
        prepare_photo(bomb.getvalue())


def test_deck_path_is_inside_the_deck_and_unique_per_photo():
    one, two = prepare_photo(phone_photo((600, 600))), prepare_photo(phone_photo((700, 600)))
    assert one.deck_path("Snijplank").startswith("media/snijplank-")
    assert one.deck_path("x").endswith(".jpg")
    assert one.deck_path("a") != two.deck_path("a")
