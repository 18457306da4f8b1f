"""Map Match side by side: a student map and the reference with matched / missing / extra claims marked."""
