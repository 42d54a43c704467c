package org.rapport.recognition.rest;

import java.util.List;

/** A page of recognitions and the cursor of the next one ({@code null} at the end). */
public record FeedJson(List<RecognitionJson> items, String next) {
}
