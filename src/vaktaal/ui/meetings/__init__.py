"""The meetings screens: the player, the list of meetings and the exercises after listening."""
