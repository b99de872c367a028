package org.kamworkbench.cli;

import org.eclipse.osgi.util.NLS;

/** The command line's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.cli.messages"; //$NON-NLS-1$

	public static String Usage_text;
	public static String Usage_unknownCommand;
	public static String Usage_unknownOption;
	public static String Usage_oneFile;
	public static String Usage_noFile;
	public static String Usage_missingValue;
	public static String Usage_badDate;
	public static String Usage_badSeed;
	public static String Usage_badCount;
	public static String Usage_oneCount;
	public static String Usage_optionNotFor;
	public static String Usage_needsOption;
	public static String Usage_noFileArgument;
	public static String Validate_error;
	public static String Validate_warning;
	public static String Validate_invalid;
	public static String Validate_valid;
	public static String Read_olderVersion;
	public static String Analyse_title;
	public static String Analyse_portfolio;
	public static String Section_matrix;
	public static String Section_balance;
	public static String Section_centralLocal;
	public static String Section_results;
	public static String Section_coverage;
	public static String Section_sensitivity;
	public static String Section_lifetimeValue;
	public static String Matrix_criteria;
	public static String Matrix_thresholds;
	public static String Matrix_boundaryHigh;
	public static String Matrix_boundaryLow;
	public static String Matrix_flags;
	public static String Column_account;
	public static String Column_status;
	public static String Column_attractiveness;
	public static String Column_strength;
	public static String Column_quadrant;
	public static String Unknown;
	public static String Balance_account;
	public static String CentralLocal_none;
	public static String Results_year;
	public static String Coverage_none;
	public static String LifetimeValue_account;
	public static String LifetimeValue_invalid;
	public static String Generate_written;
	public static String Generate_exists;
	public static String Generate_isFolder;
	public static String Generate_cannotWrite;
	public static String Benchmark_title;
	public static String Benchmark_measuring;
	public static String Benchmark_invalid;
	public static String Benchmark_failed;
	public static String Benchmark_noFolder;
	public static String Benchmark_notRemoved;
	public static String Benchmark_measure;
	public static String Benchmark_accounts;
	public static String Benchmark_fileSize;
	public static String Benchmark_objects;
	public static String Benchmark_open;
	public static String Benchmark_load;
	public static String Benchmark_validate;
	public static String Benchmark_classify;
	public static String Benchmark_sax;
	public static String Benchmark_ratio;
	public static String Benchmark_save;
	public static String Benchmark_heapPerObject;
	public static String Benchmark_heapBefore;
	public static String Benchmark_heapOpen;
	public static String Benchmark_heapAfter;
	public static String Benchmark_retained;
	public static String Benchmark_method;
	public static String Import_unknownFormat;
	public static String Import_noneInstalled;
	public static String Import_noCsv;
	public static String Import_notUtf8;
	public static String Import_cannotRead;
	public static String Import_cannotSave;
	public static String Import_done;
	public static String Import_nothing;
	public static String Import_dryRun;
	public static String Import_badMapping;
	public static String Import_tooManyFiles;
	public static String Import_needsFiles;

	public static String Matrix_computedBy;
	public static String Matrix_computationNotInstalled;
	public static String Matrix_computedValue;
	public static String Matrix_notComputed;
	public static String Analysis_figure;
	public static String Analysis_nothing;
	public static String Benchmark_workbookSize;
	public static String Benchmark_workbookWrite;
	public static String Benchmark_libreOffice;
	public static String Benchmark_libreOfficeRatio;
	public static String Benchmark_libreOfficeMethod;
	public static String Benchmark_libreOfficeMissing;
	public static String Benchmark_libreOfficeStarting;
	public static String Benchmark_libreOfficeOpening;
	public static String Benchmark_libreOfficeFailed;
	public static String Benchmark_libreOfficeTooLong;
	public static String Benchmark_libreOfficeWroteNothing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
