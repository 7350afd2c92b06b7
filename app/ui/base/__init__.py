"""What every room uses: the app context, background reads (`ops`), the one writer,
change notices, unexpected failures, translation helpers and the words for codes."""
