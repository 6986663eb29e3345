"""Photos and videos: decoded safely, resized, published; share pictures drawn."""
