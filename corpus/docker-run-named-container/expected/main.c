#include <stdio.h>

int main(void)
{
    printf("fw 1.0\n");
    return 0;
}
