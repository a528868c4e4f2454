package territorymap.web;

import io.javalin.http.Context;

/** The language of a view's own words: English (the default) or Ukrainian, as the page's {@code lang}. */
enum Language {
  EN, UK;

  /** The value in a URL and in HTML's {@code lang}: {@code en} or {@code uk}. */
  String id() {
    return this == EN ? "en" : "uk";
  }

  /** A page URL's {@code lang} as the page reads it: Ukrainian where it says so, English otherwise. */
  static Language ofPage(String text) {
    return "uk".equals(text) ? UK : EN;
  }

  /**
   * An API request's {@code lang}: English when absent.
   *
   * @throws BadRequestException naming {@code lang} for any other value
   */
  static Language query(Context ctx) {
    String text = ctx.queryParam("lang");
    if (text == null || text.isBlank() || text.equals("en")) {
      return EN;
    }
    if (text.equals("uk")) {
      return UK;
    }
    throw new BadRequestException("lang", "lang is en or uk, not \"" + text + "\"");
  }
}
