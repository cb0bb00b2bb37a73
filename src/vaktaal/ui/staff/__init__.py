"""The staff's screens (a buddy or coach logged in with a PIN): the staff home and what it opens."""
