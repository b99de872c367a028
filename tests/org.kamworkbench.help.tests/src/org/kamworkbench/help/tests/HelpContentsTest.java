package org.kamworkbench.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.kamworkbench.tests.support.Translations;
import org.osgi.framework.Bundle;

/**
 * The user guide as Eclipse's help system finds it. Runs twice: with the platform in English and in Dutch
 * ({@code -nl nl}), when the table of contents and the pages must come from {@code nl/nl/}.
 */
class HelpContentsTest {

	private static final String BUNDLE = "org.kamworkbench.help"; //$NON-NLS-1$
	private static final String PAGES = "html"; //$NON-NLS-1$
	private static final String DUTCH = "nl/nl/"; //$NON-NLS-1$
	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern LANGUAGE = Pattern.compile("<html lang=\"([a-z]+)\">"); //$NON-NLS-1$

	/** The pages of the portfolio and account editors (their IDs); F1 on each asks for its help context. */
	private static final List<String> EDITOR_PAGES = List.of("overview", "selection", "matrix", "accounts", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"accountOverview", "kraljic", "accountPlan", "results", "organisation", "team", "relationshipMap", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"notes"); //$NON-NLS-1$

	private final Bundle bundle = Platform.getBundle(BUNDLE);
	private final String language = Locale.forLanguageTag(Platform.getNL().replace('_', '-')).getLanguage();

	@Test
	void theKamBookIsInTheHelpContentsOnce() {
		List<IToc> books = Arrays.stream(HelpSystem.getTocs())
				.filter(toc -> "KAM Workbench".equals(toc.getLabel())).toList(); //$NON-NLS-1$
		assertEquals(1, books.size(), "books labelled KAM Workbench"); //$NON-NLS-1$
		assertTrue(books.get(0).getHref().startsWith("/" + BUNDLE + "/"), books.get(0).getHref()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void everyTopicOpensItsPageInThePlatformsLanguage() throws IOException {
		List<ITopic> topics = topics();
		assertFalse(topics.isEmpty(), "the book has no topics"); //$NON-NLS-1$
		for (ITopic topic : topics) {
			String path = pathInBundle(topic.getHref());
			URL page = FileLocator.find(bundle, IPath.fromOSString("$nl$/" + path)); //$NON-NLS-1$
			assertNotNull(page, topic.getLabel() + ": no page " + path); //$NON-NLS-1$
			assertEquals(!"en".equals(language), page.getPath().contains("/" + DUTCH), //$NON-NLS-1$ //$NON-NLS-2$
					topic.getLabel() + ": page for " + language + " found at " + page); //$NON-NLS-1$ //$NON-NLS-2$
			String html = read(page);
			assertEquals(language, first(LANGUAGE, html), page + ": language"); //$NON-NLS-1$
			assertEquals(topic.getLabel(), first(TITLE, html), page + ": title differs from the contents"); //$NON-NLS-1$
		}
	}

	@Test
	void everyEditorPageHasContextHelpLeadingToItsTopics() throws IOException {
		for (String page : EDITOR_PAGES) {
			String id = "org.kamworkbench.ui.editors." + page; //$NON-NLS-1$
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "no help context " + id); //$NON-NLS-1$
			assertFalse(context.getText() == null || context.getText().isBlank(), id + ": no description"); //$NON-NLS-1$
			IHelpResource[] related = context.getRelatedTopics();
			assertTrue(related.length > 0, id + ": no topics"); //$NON-NLS-1$
			for (IHelpResource topic : related) {
				URL target = FileLocator.find(bundle, IPath.fromOSString("$nl$/" + pathInBundle(topic.getHref()))); //$NON-NLS-1$
				assertNotNull(target, id + ": no page " + topic.getHref()); //$NON-NLS-1$
				assertEquals(first(TITLE, read(target)), topic.getLabel(), id + ": topic label"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void everyPageIsInTheContents() {
		Set<String> inContents = new TreeSet<>();
		topics().forEach(topic -> inContents.add(pathInBundle(topic.getHref())));
		assertEquals(pages(PAGES), inContents);
	}

	@Test
	void everyEnglishPageHasADutchOne() {
		Set<String> english = pages(PAGES);
		Set<String> dutch = new TreeSet<>();
		pages(DUTCH + PAGES).forEach(page -> dutch.add(page.substring(DUTCH.length())));
		assertFalse(english.isEmpty());
		assertEquals(english, dutch);
	}

	@Test
	void labelsAreTranslated() throws IOException {
		assertEquals(List.of(), Translations.problems(getClass()));
	}

	/** The book's own topic and every topic under it, at any depth. */
	private static List<ITopic> topics() {
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(toc -> "KAM Workbench".equals(toc.getLabel())) //$NON-NLS-1$
				.findFirst().orElseThrow();
		List<ITopic> topics = new ArrayList<>();
		collect(book.getTopics(), topics);
		return topics;
	}

	private static void collect(ITopic[] topics, List<ITopic> into) {
		for (ITopic topic : topics) {
			into.add(topic);
			collect(topic.getSubtopics(), into);
		}
	}

	/** A help href is {@code /<bundle>/<path>}. */
	private static String pathInBundle(String href) {
		String prefix = "/" + BUNDLE + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(href.startsWith(prefix), href + " is not in " + BUNDLE); //$NON-NLS-1$
		return href.substring(prefix.length());
	}

	private Set<String> pages(String folder) {
		Set<String> pages = new TreeSet<>();
		for (URL entry : Collections.list(bundle.findEntries(folder, "*.html", true))) { //$NON-NLS-1$
			pages.add(entry.getPath().substring(1));
		}
		return pages;
	}

	private static String read(URL page) throws IOException {
		try (InputStream in = page.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String first(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		return matcher.find() ? matcher.group(1).strip() : null;
	}
}
