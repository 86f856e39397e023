package main

import "fmt"

func main() {
	fmt.Println("serving on :8000")
}
