// Next to nothing: the cost measured is fetching and evaluating a module script.
export {};
